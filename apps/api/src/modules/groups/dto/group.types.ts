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

registerEnumType(GroupKind, {
  name: 'GroupKind',
  description: 'Country group or thematic group',
  valuesMap: {
    COUNTRY: { description: 'Groupe-pays: members cooperating with one or more countries (CountryGroup)' },
    THEMATIC: { description: 'Groupe thématique: members working on a theme (ThematicGroup)' },
  },
});

@InterfaceType('Group', {
  description:
    'A group of member collectivities: a country group or a thematic group. A group president sees only the groups they currently preside or co-preside',
  // A row read through the read road names its type; an entity (a write's result) has its kind.
  resolveType: (group: Group & { [TYPE_KEY]?: string }) =>
    group[TYPE_KEY] ?? (group.kind === GroupKind.COUNTRY ? CountryGroup : ThematicGroup),
})
export abstract class GroupType {
  @Field(() => ID)
  id: string;

  @Field(() => GroupKind, { description: 'Country group or thematic group' })
  kind: GroupKind;

  @Field({ description: 'Name, e.g. "Groupe-pays Mali" or "Climat"' })
  name: string;

  @Field(() => String, { nullable: true, description: 'What the group does; null when none' })
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
  @Field({ description: 'The theme, e.g. climate, youth, education for global citizenship' })
  theme: string;
}

export const GroupPage = PageType(GroupType, 'GroupPage');
export const GroupMemberPage = PageType(GroupMember, 'GroupMemberPage');

@InputType({ description: 'Which groups: every criterion given must match' })
export class GroupFilter {
  @IdsFilterField()
  ids?: string[];

  @Field(() => GroupKind, { nullable: true, description: 'Only country groups or only thematic groups' })
  @IsOptional()
  @IsEnum(GroupKind)
  kind?: GroupKind;

  @Field({ nullable: true, description: 'Country groups covering this country' })
  @IsOptional()
  @IsISO31661Alpha2()
  countryCode?: string;

  @Field({ nullable: true, description: 'Part of the name, ignoring accents and case' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;
}

@InputType({ isAbstract: true })
abstract class GroupFields {
  @OptionalText(5000, 'What the group does')
  description?: string | null;

  @Field({
    nullable: true,
    description: 'When false, presidency terms may not overlap (false by default on create; absent leaves it as it is on update)',
  })
  @IsPresentOrAbsent()
  @IsBoolean()
  allowsCoPresidency?: boolean;
}

@InputType({ description: 'A new country group' })
export class CreateCountryGroupInput extends GroupFields {
  @Field({ description: 'Name, required' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @Field(() => [String], { description: 'Countries covered, ISO 3166-1 alpha-2 codes (at least one)' })
  @ArrayMinSize(1)
  @ArrayMaxSize(60)
  @ArrayUnique()
  @IsISO31661Alpha2({ each: true, message: 'each country must be an ISO 3166-1 alpha-2 code such as ML' })
  countries: string[];
}

@InputType({ description: 'A new thematic group' })
export class CreateThematicGroupInput extends GroupFields {
  @Field({ description: 'Name, required' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @Field({ description: 'The theme' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  theme: string;
}

@InputType({ description: 'Changes to a group: an absent field is left as it is' })
export class UpdateGroupInput extends GroupFields {
  @VersionField()
  version?: number;

  @Field({ nullable: true, description: 'New name' })
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

@InputType({ description: 'Which members of a group' })
export class GroupMemberFilter {
  @Field({ defaultValue: true, description: 'Only current members (false: former members too)' })
  @IsBoolean()
  currentOnly: boolean = true;

  @Field({ nullable: true, description: "Part of the member collectivity's name, ignoring accents and case" })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;
}

@InputType({
  description:
    "A contact's office in a group over a term. A current PRESIDENT or CO_PRESIDENT sees the group as a group president",
})
export class AssignOfficerInput {
  @Field(() => ID, { description: 'The group' })
  @IsUUID()
  groupId: string;

  @Field(() => ID, { description: 'The contact holding the office' })
  @IsUUID()
  contactId: string;

  @Field(() => OfficerRole, { description: 'The office held' })
  @IsEnum(OfficerRole)
  role: OfficerRole;

  @Field(() => DateScalar, { description: 'When the term starts (YYYY-MM-DD)' })
  @IsString()
  startedOn: string;

  @Field(() => DateScalar, { nullable: true, description: 'When the term ends (YYYY-MM-DD); null while it runs' })
  @IsOptional()
  endedOn?: string | null;
}
