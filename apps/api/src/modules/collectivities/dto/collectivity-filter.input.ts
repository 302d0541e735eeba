import { Field, InputType } from '@nestjs/graphql';
import { CollectivityKind, MembershipStatus } from '@territoria/domain';
import { IsEnum, IsISO31661Alpha2, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { IdsFilterField } from '../../../common/validation/ids-filter.js';

@InputType()
export class CollectivityFilter {
  @Field({ nullable: true, description: 'Accent-, case- and typo-tolerant search on name, INSEE code, SIREN and postal code' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;

  @IdsFilterField()
  ids?: string[];

  @Field(() => [CollectivityKind], { nullable: true })
  @IsOptional()
  @IsEnum(CollectivityKind, { each: true })
  kinds?: CollectivityKind[];

  @Field({ nullable: true })
  @IsOptional()
  @Matches(/^[0-9][0-9AB][0-9]?$/, { message: 'regionCode must be an INSEE région code such as 27' })
  regionCode?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Matches(/^[0-9][0-9AB][0-9]?$/, { message: 'departmentCode must be an INSEE département code such as 21, 2A or 974' })
  departmentCode?: string;

  @Field(() => [MembershipStatus], { nullable: true })
  @IsOptional()
  @IsEnum(MembershipStatus, { each: true })
  membershipStatuses?: MembershipStatus[];

  @Field({ nullable: true })
  @IsOptional()
  @IsISO31661Alpha2()
  countryCode?: string;
}
