import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, type EntityTarget, type FindOptionsWhere } from 'typeorm';
import { ConflictError, NotFoundError } from '../../common/errors/app-errors.js';
import { presentFields } from '../../common/validation/partial-update.js';
import type { Actor } from '../auth/actor.js';
import { AuditService } from './audit.service.js';

interface Versioned {
  id: string;
  version: number;
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
  create<T extends Versioned>(entity: EntityTarget<T>, name: string, values: Partial<T>, actor: Actor, manager?: EntityManager): Promise<T> {
    const run = async (transaction: EntityManager) => {
      const saved = (await transaction.save(entity, transaction.create(entity, values as T))) as T;
      const created = await transaction.findOneByOrFail(entity, { id: saved.id } as FindOptionsWhere<T>);
      await this.audit.record(transaction, actor, name, created.id, null, created);
      return created;
    };
    return manager ? run(manager) : this.dataSource.transaction(run);
  }

  /**
   * Updates the fields given (undefined: left as is). `check` sees the row before and the row as
   * it would be; it throws to refuse the change, or returns fields that follow from it (an
   * arrival time that follows a status).
   */
  update<T extends Versioned>(
    entity: EntityTarget<T>,
    name: string,
    id: string,
    input: { version?: number } & Partial<T>,
    actor: Actor,
    check?: (before: T, after: T, manager: EntityManager) => Promise<Partial<T> | void> | Partial<T> | void,
    transaction?: EntityManager,
  ): Promise<T> {
    const { version, ...fields } = input;
    const run = async (manager: EntityManager) => {
      const current = await manager.findOne(entity, { where: { id } as FindOptionsWhere<T>, lock: { mode: 'pessimistic_write' } });
      if (!current) throw new NotFoundError(name, id);
      if (version !== undefined && version !== current.version) throw new ConflictError(name, id, current.version);
      const given = presentFields(fields) as Partial<T>;
      const changes = { ...given, ...(check ? await check(current, { ...current, ...given }, manager) : undefined) } as Partial<T>;
      if (Object.keys(changes).length > 0) await manager.update(entity, { id } as FindOptionsWhere<T>, changes as never);
      const updated = await manager.findOneByOrFail(entity, { id } as FindOptionsWhere<T>);
      await this.audit.record(manager, actor, name, id, current, updated);
      return updated;
    };
    return transaction ? run(transaction) : this.dataSource.transaction(run);
  }

  remove<T extends Versioned>(entity: EntityTarget<T>, name: string, id: string, actor: Actor): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      const current = await manager.findOne(entity, { where: { id } as FindOptionsWhere<T>, lock: { mode: 'pessimistic_write' } });
      if (!current) throw new NotFoundError(name, id);
      await manager.delete(entity, { id } as FindOptionsWhere<T>);
      await this.audit.record(manager, actor, name, id, current, null);
      return current;
    });
  }
}
