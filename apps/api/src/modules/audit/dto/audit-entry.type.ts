import { Field, GraphQLISODateTime, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, Matches } from 'class-validator';
import { PageType } from '../../../common/pagination/page.type.js';

@ObjectType({ description: 'One field changed by a write, with its value before and after' })
export class AuditChange {
  @Field({ description: "The field's name, as in the API" })
  field: string;

  @Field(() => String, { nullable: true, description: 'The value before, as JSON' })
  before: string | null;

  @Field(() => String, { nullable: true, description: 'The value after, as JSON' })
  after: string | null;
}

@ObjectType('AuditEntry', { description: 'One create, update or delete, with who made it, when, and each field it changed' })
export class AuditEntryType {
  @Field(() => ID)
  id: string;

  @Field(() => GraphQLISODateTime, { description: 'When the change was committed' })
  at: Date;

  @Field({ description: 'CREATE, UPDATE or DELETE' })
  action: string;

  @Field({ description: 'USER, API_TOKEN or SYSTEM' })
  actorType: string;

  @Field(() => ID, { nullable: true, description: 'The user who made it (User id); null for the system (imports, migrations)' })
  actorId: string | null;

  @Field({
    description:
      "Who made it, in words (the user's email, the token's name, or system), kept even if the user or token is deleted",
  })
  actorLabel: string;

  @Field({ description: 'Collectivity, User, ApiToken…' })
  entityType: string;

  @Field(() => ID, { description: 'The id of the record changed' })
  entityId: string;

  @Field(() => [AuditChange], {
    description: 'Each field changed, with its value before and after; every field of the record for a create or a delete',
  })
  changes: AuditChange[];
}

export const AuditEntryPage = PageType(AuditEntryType, 'AuditEntryPage');

// Named AuditFilterInput in the schema since its first version: renaming it would break clients.
@InputType('AuditFilterInput', { description: 'Which journal entries: every criterion given must match' })
export class AuditFilter {
  @Field({ nullable: true, description: 'Only changes to records of this type, e.g. Collectivity' })
  @IsOptional()
  @IsString()
  @Matches(/^[A-Za-z]{1,60}$/)
  entityType?: string;

  @Field(() => ID, { nullable: true, description: 'Only changes to this record' })
  @IsOptional()
  @IsUUID()
  entityId?: string;

  @Field(() => ID, { nullable: true, description: 'Only changes made by this user' })
  @IsOptional()
  @IsUUID()
  actorId?: string;
}
