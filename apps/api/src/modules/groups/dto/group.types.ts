import { Field, GraphQLISODateTime, ID, InputType, Int, InterfaceType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { GroupKind, OfficerRole } from '@territoria/domain';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsBoolean,
  IsEnum,
  IsISO31661Alpha2,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
} from 'class-validator';
import { PageType } from '../../../common/pagination/page.type.js';
import { DateScalar } from '../../../common/scalars/date.scalar.js';
import { GroupMember } from '../group-member.entity.js';
import type { Group } from '../group.entity.js';
import { IsPresentOrAbsent } from '../../../common/validation/partial-update.js';
import { TYPE_KEY } from '../../../common/read/compile.js';
import { IdsFilterField } from '../../../common/validation/ids-filter.js';
import { OptionalText } from '../../../common/validation/optional-text.js';
import { VersionField } from '../../../common/validation/version-field.js';

registerEnumType(GroupKind, { name: 'GroupKind' });

@InterfaceType('Group', {
  // A row read through the read road names its type; an entity (a write's result) has its kind.
  resolveType: (group: Group & { [TYPE_KEY]?: string }) =>
    group[TYPE_KEY] ?? (group.kind === GroupKind.COUNTRY ? CountryGroup : ThematicGroup),
})
export abstract class GroupType {
  @Field(() => ID)
  id: string;

  @Field(() => GroupKind)
  kind: GroupKind;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field({ description: 'When false, presidency terms may not overlap' })
  allowsCoPresidency: boolean;

  @Field(() => Int)
  version: number;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;
}

@ObjectType({ implements: () => [GroupType], description: 'Members cooperating with one or more countries' })
export class CountryGroup extends GroupType {
  @Field(() => [String], { description: 'ISO 3166-1 alpha-2 codes' })
  countries: string[];
}

@ObjectType({ implements: () => [GroupType], description: 'Members working on a theme' })
export class ThematicGroup extends GroupType {
  @Field()
  theme: string;
}

export const GroupPage = PageType(GroupType, 'GroupPage');
export const GroupMemberPage = PageType(GroupMember, 'GroupMemberPage');

@InputType()
export class GroupFilter {
  @IdsFilterField()
  ids?: string[];

  @Field(() => GroupKind, { nullable: true })
  @IsOptional()
  @IsEnum(GroupKind)
  kind?: GroupKind;

  @Field({ nullable: true, description: 'Country groups covering this country' })
  @IsOptional()
  @IsISO31661Alpha2()
  countryCode?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;
}

@InputType({ isAbstract: true })
abstract class GroupFields {
  @OptionalText(5000)
  description?: string | null;

  @Field({ nullable: true })
  @IsPresentOrAbsent()
  @IsBoolean()
  allowsCoPresidency?: boolean;
}

@InputType()
export class CreateCountryGroupInput extends GroupFields {
  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @Field(() => [String])
  @ArrayMinSize(1)
  @ArrayMaxSize(60)
  @ArrayUnique()
  @IsISO31661Alpha2({ each: true, message: 'each country must be an ISO 3166-1 alpha-2 code such as ML' })
  countries: string[];
}

@InputType()
export class CreateThematicGroupInput extends GroupFields {
  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  theme: string;
}

@InputType()
export class UpdateGroupInput extends GroupFields {
  @VersionField()
  version?: number;

  @Field({ nullable: true })
  @IsPresentOrAbsent()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name?: string;

  @Field(() => [String], { nullable: true, description: 'Country groups only' })
  @IsPresentOrAbsent()
  @ArrayMinSize(1)
  @ArrayMaxSize(60)
  @ArrayUnique()
  @IsISO31661Alpha2({ each: true, message: 'each country must be an ISO 3166-1 alpha-2 code such as ML' })
  countries?: string[];

  @Field({ nullable: true, description: 'Thematic groups only' })
  @IsPresentOrAbsent()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  theme?: string;
}

@InputType()
export class GroupMemberFilter {
  @Field({ defaultValue: true, description: 'Only current members (false: former members too)' })
  @IsBoolean()
  currentOnly: boolean = true;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;
}

@InputType()
export class AssignOfficerInput {
  @Field(() => ID)
  @IsUUID()
  groupId: string;

  @Field(() => ID)
  @IsUUID()
  contactId: string;

  @Field(() => OfficerRole)
  @IsEnum(OfficerRole)
  role: OfficerRole;

  @Field(() => DateScalar)
  @IsString()
  startedOn: string;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  endedOn?: string | null;
}
