import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';
import type { PageInput } from '../../common/pagination/page.input.js';
import { toPage, type Page } from '../../common/pagination/page.type.js';
import type { Actor } from '../../common/access/actor.js';
import { AuditEntry, type AuditAction } from './audit-entry.entity.js';
import type { AuditFilter } from './dto/audit-entry.type.js';
import { refuseSync } from '../../common/read/sync.js';

/** Never recorded, even as "changed": bookkeeping columns and secrets. */
const UNAUDITED_FIELDS = new Set(['version', 'updatedAt', 'createdAt', 'passwordHash', 'secretHash', 'secret', 'searchText']);

/** One audited change, as the listeners called in its transaction see it. */
export interface AuditedChange {
  entityType: string;
  entityId: string;
  action: AuditAction;
  /** Field: [before, after], as the audit trail records it. */
  changes: Record<string, [unknown, unknown]>;
}

/** Runs in the transaction of the changes: what it writes commits or fails with them. */
export type AuditListener = (manager: EntityManager, changes: AuditedChange[]) => Promise<void>;

@Injectable()
export class AuditService {
  private readonly listeners: AuditListener[] = [];

  constructor(@InjectRepository(AuditEntry) private readonly entries: Repository<AuditEntry>) {}

  /** Every audited change passes here: a module that reacts to changes (webhooks) listens instead of being called by each. */
  listen(listener: AuditListener): void {
    this.listeners.push(listener);
  }

  private async insert(manager: EntityManager, rows: ReturnType<typeof entry>[]): Promise<void> {
    await manager.insert(AuditEntry, rows);
    if (this.listeners.length === 0) return;
    const changes = rows.map(({ entityType, entityId, action, changes }) => ({
      entityType,
      entityId,
      action,
      changes: changes as Record<string, [unknown, unknown]>,
    }));
    for (const listener of this.listeners) await listener(manager, changes);
  }

  /**
   * Records a change inside the caller's transaction, so the change and its trace commit or fail
   * together. `before` is null for a creation, `after` null for a deletion.
   */
  async record(
    manager: EntityManager,
    actor: Actor,
    entityType: string,
    entityId: string,
    before: object | null,
    after: object | null,
    action: AuditAction = before === null ? 'CREATE' : after === null ? 'DELETE' : 'UPDATE',
  ): Promise<void> {
    const changes = diff(before ?? {}, after ?? {});
    if (action === 'UPDATE' && Object.keys(changes).length === 0) return;
    await this.insert(manager, [entry(actor, entityType, entityId, action, changes)]);
  }

  /** Records many creations at once (an import): one statement, same transaction as the rows. */
  async recordCreations(
    manager: EntityManager,
    actor: Actor,
    entityType: string,
    created: Array<{ id: string } & object>,
  ): Promise<void> {
    if (created.length === 0) return;
    await this.insert(
      manager,
      created.map((row) => entry(actor, entityType, row.id, 'CREATE', diff({}, row))),
    );
  }

  /** Records many deletions at once (an import undone, a bulk delete), each with the row as it was: one statement. */
  async recordDeletions(
    manager: EntityManager,
    actor: Actor,
    entityType: string,
    deleted: Array<{ id: string } & object>,
  ): Promise<void> {
    if (deleted.length === 0) return;
    await this.insert(
      manager,
      deleted.map((row) => entry(actor, entityType, row.id, 'DELETE', diff(row, {}))),
    );
  }

  /** Records one and the same change of many records (a bulk action): one statement. */
  async recordSameUpdate(
    manager: EntityManager,
    actor: Actor,
    entityType: string,
    ids: readonly string[],
    before: object,
    after: object,
  ): Promise<void> {
    if (ids.length === 0) return;
    const changes = diff(before, after);
    await this.insert(
      manager,
      ids.map((id) => entry(actor, entityType, id, 'UPDATE', changes)),
    );
  }

  /** A merged record's history moves to the record it was merged into. */
  async moveHistory(manager: EntityManager, entityType: string, fromId: string, toId: string): Promise<void> {
    await manager.update(AuditEntry, { entityType, entityId: fromId }, { entityId: toId });
  }

  /** Erasure on request: the values a record's history held are removed; who did what, and when, stays. */
  async redactHistory(manager: EntityManager, entityType: string, entityId: string): Promise<void> {
    await manager.query(
      `UPDATE audit_entries SET changes = (SELECT coalesce(jsonb_object_agg(key, '["[erased]", "[erased]"]'::jsonb), '{}'::jsonb)
         FROM jsonb_object_keys(changes) AS key)
       WHERE entity_type = $1 AND entity_id = $2`,
      [entityType, entityId],
    );
  }

  async findPage(filter: AuditFilter, page: PageInput): Promise<Page<AuditEntry>> {
    refuseSync(page);
    const query = this.entries.createQueryBuilder('entry');
    if (filter.entityType) query.andWhere('entry.entity_type = :entityType', { entityType: filter.entityType });
    if (filter.entityId) query.andWhere('entry.entity_id = :entityId', { entityId: filter.entityId });
    if (filter.actorId) query.andWhere('entry.actor_id = :actorId', { actorId: filter.actorId });
    query.orderBy('entry.at', 'DESC').addOrderBy('entry.id', 'DESC');
    const [nodes, totalCount] = await query.skip(page.offset).take(page.limit).getManyAndCount();
    return toPage(nodes, totalCount, page.offset);
  }
}

function entry(
  actor: Actor,
  entityType: string,
  entityId: string,
  action: AuditAction,
  changes: Record<string, [unknown, unknown]>,
) {
  return {
    actorType: actor.kind === 'USER' ? 'USER' : actor.kind === 'API_TOKEN' ? 'API_TOKEN' : 'SYSTEM',
    actorId: actor.kind === 'USER' ? actor.userId : actor.kind === 'API_TOKEN' ? actor.tokenId : null,
    actorLabel: 'label' in actor ? actor.label : actor.kind.toLowerCase(),
    entityType,
    entityId,
    action,
    // jsonb: TypeORM's insert typing does not model a free-form object.
    changes: changes as QueryDeepPartialEntity<AuditEntry['changes']>,
  } as const;
}

function comparable(value: unknown): unknown {
  return value instanceof Date ? value.toISOString() : (value ?? null);
}

/** Whether two field values are the same for the record (dates as instants, undefined as null). */
export function sameValue(before: unknown, after: unknown): boolean {
  return JSON.stringify(comparable(before)) === JSON.stringify(comparable(after));
}

function diff(before: object, after: object): Record<string, [unknown, unknown]> {
  const changes: Record<string, [unknown, unknown]> = {};
  const fields = new Set([...Object.keys(before), ...Object.keys(after)]);
  for (const field of fields) {
    if (UNAUDITED_FIELDS.has(field)) continue;
    const old = (before as Record<string, unknown>)[field];
    const next = (after as Record<string, unknown>)[field];
    if (!sameValue(old, next)) changes[field] = [comparable(old), comparable(next)];
  }
  return changes;
}
