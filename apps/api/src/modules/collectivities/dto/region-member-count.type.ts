import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'How many member collectivities a région has (those within it, the région itself included)' })
export class RegionMemberCount {
  @Field({ description: 'INSEE code of the région' })
  regionCode: string;

  @Field({ description: 'Name of the région' })
  regionName: string;

  @Field(() => Int, { description: 'Number of collectivities whose membership status is MEMBER' })
  memberCount: number;
}
