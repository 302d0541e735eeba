import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@territoria/domain';
import { PageInput } from '../../common/pagination/page.input.js';
import type { Page } from '../../common/pagination/page.type.js';
import { UuidPipe } from '../../common/validation/uuid.pipe.js';
import { Access } from '../../common/access/access.decorator.js';
import type { AuditEntry } from './audit-entry.entity.js';
import { AuditService } from './audit.service.js';
import { AuditEntryPage, AuditEntryType, AuditFilter } from './dto/audit-entry.type.js';

function toType(entry: AuditEntry): AuditEntryType {
  return Object.assign(new AuditEntryType(), entry, {
    changes: Object.entries(entry.changes).map(([field, [before, after]]) => ({
      field,
      before: before === null ? null : JSON.stringify(before),
      after: after === null ? null : JSON.stringify(after),
    })),
  });
}

@Resolver(() => AuditEntryType)
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Access({ roles: [Role.ADMIN, Role.STAFF] })
  @Query(() => AuditEntryPage, { description: "A record's history, newest first" })
  async history(
    @Args('entityType', { description: "The record's type as in AuditEntry.entityType, e.g. Collectivity" }) entityType: string,
    @Args('entityId', { type: () => ID, description: "The record's id" }, UuidPipe) entityId: string,
    @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput,
  ): Promise<Page<AuditEntryType>> {
    const result = await this.audit.findPage({ entityType, entityId }, page ?? { offset: 0, limit: 50 });
    return { ...result, nodes: result.nodes.map(toType) };
  }

  @Access({ roles: [Role.ADMIN] })
  @Query(() => AuditEntryPage, { description: 'Every change, newest first' })
  async auditEntries(
    @Args('filter', { type: () => AuditFilter, nullable: true }) filter?: AuditFilter,
    @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput,
  ): Promise<Page<AuditEntryType>> {
    const result = await this.audit.findPage(filter ?? {}, page ?? { offset: 0, limit: 50 });
    return { ...result, nodes: result.nodes.map(toType) };
  }
}
