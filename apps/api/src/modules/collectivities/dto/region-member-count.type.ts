import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType()
export class RegionMemberCount {
  @Field()
  regionCode: string;

  @Field()
  regionName: string;

  @Field(() => Int)
  memberCount: number;
}
