import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import {
  DataSource,
  type EntityManager,
  type EntitySubscriberInterface,
  type QueryRunner,
  type TransactionCommitEvent,
  type TransactionRollbackEvent,
} from 'typeorm';
import type { Actor } from './actor.js';
import { AuthCache, CREDENTIALS_CHANNEL, type CredentialChange, type CredentialNotice } from './auth-cache.js';

/**
 * Announces, within the transaction that makes it, a change that ends or alters access. PostgreSQL
 * delivers the notification to every process when the transaction commits (never on rollback);
 * this process stops remembering the credential at once, and the commit returns only once every
 * listening process has applied the change: the very next request, wherever it lands, knows it.
 */
@Injectable()
export class CredentialChanges implements EntitySubscriberInterface {
  /** The notices each open transaction has sent, delivered when it commits. */
  private readonly pending = new WeakMap<QueryRunner, string[]>();

  constructor(
    private readonly cache: AuthCache,
    @InjectDataSource() dataSource: DataSource,
  ) {
    // Told of every commit and rollback (the data source was built before: subscribing here is enough).
    dataSource.subscribers.push(this);
  }

  async announce(manager: EntityManager, change: CredentialChange): Promise<void> {
    const runner = manager.queryRunner;
    if (!runner?.isTransactionActive) throw new Error('A credential change is announced within the transaction that makes it.');
    const notice: CredentialNotice = { id: randomUUID(), change };
    this.cache.hold(notice);
    this.pending.set(runner, [...(this.pending.get(runner) ?? []), notice.id]);
    await manager.query('SELECT pg_notify($1, $2)', [CREDENTIALS_CHANNEL, JSON.stringify(notice)]);
  }

  /**
   * A user's account changed (role, activity, linked contact, email, password). A new password
   * also ends their sessions: every one when an administrator set it, the others when they
   * changed their own.
   */
  async userChanged(
    manager: EntityManager,
    userId: string,
    { passwordChanged, by }: { passwordChanged: boolean; by: Actor },
  ): Promise<void> {
    if (passwordChanged) {
      const kept = by.kind === 'USER' && by.userId === userId ? by.sessionId : null;
      await manager.query('DELETE FROM sessions WHERE user_id = $1 AND id IS DISTINCT FROM $2', [userId, kept]);
    }
    await this.announce(manager, { userId });
  }

  async afterTransactionCommit({ queryRunner }: TransactionCommitEvent): Promise<void> {
    // A savepoint released: the notifications go out with the outermost commit.
    if (queryRunner.isTransactionActive) return;
    const ids = this.pending.get(queryRunner);
    if (!ids) return;
    this.pending.delete(queryRunner);
    await this.cache.delivered(ids);
  }

  afterTransactionRollback({ queryRunner }: TransactionRollbackEvent): void {
    if (queryRunner.isTransactionActive) return;
    const ids = this.pending.get(queryRunner);
    if (!ids) return;
    this.pending.delete(queryRunner);
    this.cache.release(ids);
  }
}
