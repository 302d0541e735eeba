import { Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { NotFoundError, type UnauthenticatedReason, UserInputError } from '../../common/errors/app-errors.js';
import type { PageInput } from '../../common/pagination/page.input.js';
import { toPage, type Page } from '../../common/pagination/page.type.js';
import type { Actor } from '../../common/access/actor.js';
import { CredentialChanges } from '../../common/access/credential-changes.js';
import { hashSecret, newSecret } from '../../common/access/secrets.js';
import { AuditService } from '../audit/audit.service.js';
import { ApiToken } from './api-token.entity.js';
import type { CreateApiTokenInput } from './dto/api-token.types.js';
import { refuseSync } from '../../common/read/sync.js';

export const API_TOKEN_PREFIX = 'trt_';
// Recording every use would write on every request: once a minute is precise enough.
const LAST_USE_PRECISION_MS = 60_000;

export type TokenCheck = { token: ApiToken } | { problem: Extract<UnauthenticatedReason, `TOKEN_${string}`> };

@Injectable()
export class ApiTokensService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(ApiTokensService.name);
  /** When each token's use was last written (ms): a use within LAST_USE_PRECISION_MS of it is not written again. */
  private readonly lastRecorded = new Map<string, number>();
  /** Uses of tokens authenticated from memory, written together by the next flush. */
  private readonly unrecorded = new Map<string, Date>();
  private flushTimer: NodeJS.Timeout | null = null;

  constructor(
    @InjectRepository(ApiToken) private readonly tokens: Repository<ApiToken>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly credentials: CredentialChanges,
  ) {}

  onApplicationBootstrap(): void {
    this.flushTimer = setInterval(() => void this.flushUsesQuietly(), LAST_USE_PRECISION_MS).unref();
  }

  async beforeApplicationShutdown(): Promise<void> {
    if (this.flushTimer) clearInterval(this.flushTimer);
    await this.flushUsesQuietly();
  }

  private async flushUsesQuietly(): Promise<void> {
    try {
      await this.flushUses();
    } catch (error) {
      // Bookkeeping only: a lost minute of "last used" is not worth failing for.
      this.logger.warn(`Token uses not recorded: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  async findPage(page: PageInput): Promise<Page<ApiToken>> {
    refuseSync(page);
    const [nodes, totalCount] = await this.tokens.findAndCount({
      order: { createdAt: 'DESC', id: 'ASC' },
      skip: page.offset,
      take: page.limit,
    });
    return toPage(nodes, totalCount, page.offset);
  }

  async create(input: CreateApiTokenInput, actor: Actor): Promise<{ token: ApiToken; secret: string }> {
    if (input.expiresAt.getTime() <= Date.now()) {
      throw UserInputError.forField('expiresAt', 'future', 'The expiry must be in the future.');
    }
    const secret = newSecret(API_TOKEN_PREFIX);
    const token = await this.dataSource.transaction(async (manager) => {
      const created = await manager.save(
        manager.create(ApiToken, {
          name: input.name,
          scopes: input.scopes,
          expiresAt: input.expiresAt,
          secretHash: hashSecret(secret),
          prefix: secret.slice(0, API_TOKEN_PREFIX.length + 6),
          createdById: actor.kind === 'USER' ? actor.userId : null,
        }),
      );
      await this.audit.record(manager, actor, 'ApiToken', created.id, null, created);
      return created;
    });
    return { token, secret };
  }

  async revoke(id: string, actor: Actor): Promise<ApiToken> {
    return this.dataSource.transaction(async (manager) => {
      const token = await manager.findOneBy(ApiToken, { id });
      if (!token) throw new NotFoundError('ApiToken', id);
      if (token.revokedAt) return token;
      const revoked = await manager.save(Object.assign(manager.create(ApiToken, { ...token }), { revokedAt: new Date() }));
      await this.audit.record(manager, actor, 'ApiToken', id, token, revoked);
      await this.credentials.announce(manager, { tokenId: id });
      return revoked;
    });
  }

  /** Finds the token a bearer secret belongs to, or says why it cannot be used. */
  async check(secret: string): Promise<TokenCheck> {
    const token = await this.tokens.findOneBy({ secretHash: hashSecret(secret) });
    if (!token) return { problem: 'TOKEN_UNKNOWN' };
    if (token.revokedAt) return { problem: 'TOKEN_REVOKED' };
    if (token.expiresAt.getTime() <= Date.now()) return { problem: 'TOKEN_EXPIRED' };
    if (!token.lastUsedAt || Date.now() - token.lastUsedAt.getTime() > LAST_USE_PRECISION_MS) {
      await this.tokens.update({ id: token.id }, { lastUsedAt: new Date() });
      this.lastRecorded.set(token.id, Date.now());
    } else {
      this.lastRecorded.set(token.id, token.lastUsedAt.getTime());
    }
    return { token };
  }

  /** A use of a token authenticated from memory: written with the others within a minute, never one statement per request. */
  recordUse(tokenId: string): void {
    const now = Date.now();
    if (now - (this.lastRecorded.get(tokenId) ?? 0) <= LAST_USE_PRECISION_MS) return;
    this.lastRecorded.set(tokenId, now);
    this.unrecorded.set(tokenId, new Date(now));
  }

  /** Writes the uses recorded in memory: one statement for every token used. */
  async flushUses(): Promise<void> {
    if (this.unrecorded.size === 0) return;
    const uses = [...this.unrecorded];
    this.unrecorded.clear();
    await this.dataSource.query(
      `UPDATE api_tokens SET last_used_at = used.at
         FROM unnest($1::uuid[], $2::timestamptz[]) AS used(id, at)
        WHERE api_tokens.id = used.id AND (api_tokens.last_used_at IS NULL OR api_tokens.last_used_at < used.at)`,
      [uses.map(([id]) => id), uses.map(([, at]) => at.toISOString())],
    );
  }
}
