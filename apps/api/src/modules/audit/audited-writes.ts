import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, type EntityTarget, type FindOptionsWhere } from 'typeorm';
import { ConflictError, NotFoundError } from '../../common/errors/app-errors.js';
import { presentFields } from '../../common/validation/partial-update.js';
import type { Actor } from '../../common/access/actor.js';
import { AuditService, sameValue } from './audit.service.js';

/** A row with an id; most also carry the version clients send back to save. */
interface Versioned {
  id: string;
  version?: number;
}

/**
 * The create / update / delete every module does the same way: in one transaction, the row
 * locked, the version the client read compared, the change traced in the audit trail.
 */
@Injectable()
export class AuditedWrites {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Within the caller's transaction when one is given (the last argument, here and in update). */
  create<T extends Versioned>(
    entity: EntityTarget<T>,
    name: string,
    values: Partial<T>,
    actor: Actor,
    manager?: EntityManager,
  ): Promise<T> {
    const run = async (transaction: EntityManager) => {
      const saved = (await transaction.save(entity, transaction.create(entity, values as T))) as T;
      const created = await transaction.findOneByOrFail(entity, { id: saved.id } as FindOptionsWhere<T>);
      await this.audit.record(transaction, actor, name, created.id, null, created);
      return created;
    };
    return manager ? run(manager) : this.dataSource.transaction(run);
  }

  /**
   * Updates the fields given that differ from the row (undefined: left as is; nothing different:
   * the row is returned as it was, its version unchanged). `check` sees the row before, the row as
   * it would be and the fields that change; it throws to refuse the change, or returns fields that
   * follow from it (an arrival time that follows a status).
   */
  update<T extends Versioned>(
    entity: EntityTarget<T>,
    name: string,
    id: string,
    input: { version?: number } & Partial<T>,
    actor: Actor,
    check?: UpdateCheck<T>,
    transaction?: EntityManager,
  ): Promise<T> {
    const { version, ...fields } = input;
    const run = async (manager: EntityManager) => {
      const current = await this.lockOrFail(manager, entity, name, id);
      if (version !== undefined && version !== current.version) throw new ConflictError(name, id, current.version ?? 0);
      const given = changedFields(current, presentFields(fields) as Partial<T>);
      const following = check ? await check(current, { ...current, ...given }, { changes: given, manager }) : undefined;
      const changes = changedFields(current, { ...given, ...following });
      if (Object.keys(changes).length === 0) return current;
      await manager.update(entity, { id } as FindOptionsWhere<T>, changes as never);
      const updated = await manager.findOneByOrFail(entity, { id } as FindOptionsWhere<T>);
      await this.audit.record(manager, actor, name, id, current, updated);
      return updated;
    };
    return transaction ? run(transaction) : this.dataSource.transaction(run);
  }

  /** `check` sees the locked row and throws to refuse the deletion. */
  remove<T extends Versioned>(
    entity: EntityTarget<T>,
    name: string,
    id: string,
    actor: Actor,
    check?: (current: T, manager: EntityManager) => Promise<void> | void,
  ): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      const current = await this.lockOrFail(manager, entity, name, id);
      if (check) await check(current, manager);
      await manager.delete(entity, { id } as FindOptionsWhere<T>);
      await this.audit.record(manager, actor, name, id, current, null);
      return current;
    });
  }

  /** Locked until commit: a concurrent write waits, then finds a newer version. */
  private async lockOrFail<T extends Versioned>(
    manager: EntityManager,
    entity: EntityTarget<T>,
    name: string,
    id: string,
  ): Promise<T> {
    const current = await manager.findOne(entity, { where: { id } as FindOptionsWhere<T>, lock: { mode: 'pessimistic_write' } });
    if (!current) throw new NotFoundError(name, id);
    return current;
  }
}

export type UpdateCheck<T> = (
  before: T,
  after: T,
  context: { changes: Partial<T>; manager: EntityManager },
) => Promise<Partial<T> | void> | Partial<T> | void;

/** The fields whose value differs from the row's (dates compared as instants). */
function changedFields<T extends object>(current: T, fields: Partial<T>): Partial<T> {
  return Object.fromEntries(
    Object.entries(fields).filter(([field, value]) => !sameValue((current as Record<string, unknown>)[field], value)),
  ) as Partial<T>;
}
