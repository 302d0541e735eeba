import { Field, GraphQLISODateTime, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, Matches } from 'class-validator';
import { PageType } from '../../../common/pagination/page.type.js';

@ObjectType()
export class AuditChange {
  @Field()
  field: string;

  @Field(() => String, { nullable: true, description: 'The value before, as JSON' })
  before: string | null;

  @Field(() => String, { nullable: true, description: 'The value after, as JSON' })
  after: string | null;
}

@ObjectType('AuditEntry')
export class AuditEntryType {
  @Field(() => ID)
  id: string;

  @Field(() => GraphQLISODateTime)
  at: Date;

  @Field({ description: 'CREATE, UPDATE or DELETE' })
  action: string;

  @Field({ description: 'USER, API_TOKEN or SYSTEM' })
  actorType: string;

  @Field(() => ID, { nullable: true })
  actorId: string | null;

  @Field()
  actorLabel: string;

  @Field({ description: 'Collectivity, User, ApiToken…' })
  entityType: string;

  @Field(() => ID)
  entityId: string;

  @Field(() => [AuditChange])
  changes: AuditChange[];
}

export const AuditEntryPage = PageType(AuditEntryType, 'AuditEntryPage');

// Named AuditFilterInput in the schema since its first version: renaming it would break clients.
@InputType('AuditFilterInput')
export class AuditFilter {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Matches(/^[A-Za-z]{1,60}$/)
  entityType?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  entityId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  actorId?: string;
}
