import { Field, InputType } from '@nestjs/graphql';
import { CollectivityKind, MembershipStatus } from '@territoria/domain';
import { IsEnum, IsISO31661Alpha2, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { IdsFilterField } from '../../../common/validation/ids-filter.js';

@InputType({ description: 'Which collectivities: every criterion given must match' })
export class CollectivityFilter {
  @Field({ nullable: true, description: 'Accent-, case- and typo-tolerant search on name, INSEE code, SIREN and postal code' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;

  @IdsFilterField()
  ids?: string[];

  @Field(() => [CollectivityKind], { nullable: true, description: 'Only these kinds' })
  @IsOptional()
  @IsEnum(CollectivityKind, { each: true })
  kinds?: CollectivityKind[];

  @Field({ nullable: true, description: 'Only those in this région (INSEE code, e.g. 27)' })
  @IsOptional()
  @Matches(/^[0-9][0-9AB][0-9]?$/, { message: 'regionCode must be an INSEE région code such as 27' })
  regionCode?: string;

  @Field({ nullable: true, description: 'Only those in this département (INSEE code, e.g. 21, 2A, 974)' })
  @IsOptional()
  @Matches(/^[0-9][0-9AB][0-9]?$/, { message: 'departmentCode must be an INSEE département code such as 21, 2A or 974' })
  departmentCode?: string;

  @Field(() => [MembershipStatus], { nullable: true, description: 'Only those with one of these membership statuses' })
  @IsOptional()
  @IsEnum(MembershipStatus, { each: true })
  membershipStatuses?: MembershipStatus[];

  @Field({ nullable: true, description: 'Only those of this country (ISO 3166-1 alpha-2, e.g. FR, SN)' })
  @IsOptional()
  @IsISO31661Alpha2()
  countryCode?: string;
}
