import type {} from '@fastify/cookie'; // reply.setCookie, request.cookies
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { FastifyRequest } from 'fastify';
import { LessThan, Repository } from 'typeorm';
import { UnauthenticatedError, UserInputError } from '../../common/errors/app-errors.js';
import { API_TOKEN_PREFIX, ApiTokensService } from '../api-tokens/api-tokens.service.js';
import { UNKNOWN_USER_HASH, verifyPassword } from '../users/passwords.js';
import type { User } from '../users/user.entity.js';
import { UsersService } from '../users/users.service.js';
import type { Actor } from '../../common/access/actor.js';
import { AuthCache, type RememberedAuthentication } from '../../common/access/auth-cache.js';
import { CredentialChanges } from '../../common/access/credential-changes.js';
import { hashSecret, newSecret } from '../../common/access/secrets.js';
import { Session } from './session.entity.js';

export const SESSION_COOKIE = 'territoria_session';
export const SESSION_DURATION_MS = 12 * 60 * 60 * 1000;

@Injectable()
export class AuthService {
  constructor(
    @InjectRepository(Session) private readonly sessions: Repository<Session>,
    private readonly users: UsersService,
    private readonly apiTokens: ApiTokensService,
    private readonly cache: AuthCache,
    private readonly credentials: CredentialChanges,
  ) {}

  /**
   * Who sent the request: a bearer token, else the session cookie, else nobody. A credential
   * already found valid is answered from memory (AuthCache), without SQL.
   */
  async authenticate(request: FastifyRequest): Promise<Actor> {
    const authorization = request.headers.authorization;
    if (authorization !== undefined) {
      const secret = /^Bearer\s+(\S+)$/i.exec(authorization)?.[1];
      if (!secret || !secret.startsWith(API_TOKEN_PREFIX)) {
        return { kind: 'INVALID', reason: 'MALFORMED_AUTHORIZATION' };
      }
      const key = `token:${hashSecret(secret)}`;
      const known = await this.remembered(key);
      if (known) {
        this.apiTokens.recordUse(known.tokenId!);
        return known.actor;
      }
      const ticket = this.cache.ticket();
      const check = await this.apiTokens.check(secret);
      if ('problem' in check) return { kind: 'INVALID', reason: check.problem };
      const actor: Actor = {
        kind: 'API_TOKEN',
        tokenId: check.token.id,
        scopes: check.token.scopes,
        label: `token ${check.token.name}`,
      };
      this.cache.remember(key, { actor, expiresAt: check.token.expiresAt.getTime(), tokenId: check.token.id }, ticket);
      return actor;
    }
    const secret = request.cookies?.[SESSION_COOKIE];
    if (!secret) return { kind: 'ANONYMOUS' };
    const hash = hashSecret(secret);
    const key = `session:${hash}`;
    const known = await this.remembered(key);
    if (known) return known.actor;
    const ticket = this.cache.ticket();
    const session = await this.sessions
      .createQueryBuilder('session')
      .innerJoinAndSelect('session.user', 'user')
      .where('session.secret_hash = :hash', { hash })
      .getOne();
    if (!session || session.expiresAt.getTime() <= Date.now()) {
      return { kind: 'INVALID', reason: 'SESSION_EXPIRED' };
    }
    if (!session.user.active) return { kind: 'INVALID', reason: 'ACCOUNT_DEACTIVATED' };
    const actor = userActor(session.user, session.id);
    this.cache.remember(
      key,
      { actor, expiresAt: session.expiresAt.getTime(), userId: session.user.id, sessionId: session.id },
      ticket,
    );
    return actor;
  }

  /**
   * The remembered answer for a credential, if any. It waits one turn of the event loop first: a
   * notification already arrived (from a process that stopped waiting for this one) is applied
   * before the answer is given.
   */
  private async remembered(key: string): Promise<RememberedAuthentication | undefined> {
    if (!this.cache.get(key)) return undefined;
    await new Promise((resolve) => setImmediate(resolve));
    return this.cache.get(key);
  }

  /** Checks the password and opens a session; the caller puts the secret in an httpOnly cookie. */
  async signIn(email: string, password: string): Promise<{ user: User; secret: string; expiresAt: Date }> {
    const user = await this.users.findByEmail(email);
    // An unknown email costs the same hash as a wrong password: timing tells nothing.
    const valid = await verifyPassword(user?.passwordHash ?? UNKNOWN_USER_HASH, password);
    if (!user || !valid || !user.active) throw new UnauthenticatedError('WRONG_CREDENTIALS');
    const secret = newSecret();
    const expiresAt = new Date(Date.now() + SESSION_DURATION_MS);
    await this.sessions.insert({ userId: user.id, secretHash: hashSecret(secret), expiresAt });
    await this.sessions.delete({ userId: user.id, expiresAt: LessThan(new Date()) });
    await this.users.recordSignIn(user.id);
    return { user, secret, expiresAt };
  }

  /** Ends the session here and in every process's memory, once deleted for good. */
  async signOut(sessionId: string): Promise<void> {
    await this.sessions.manager.transaction(async (manager) => {
      await manager.delete(Session, { id: sessionId });
      await this.credentials.announce(manager, { sessionId });
    });
  }

  /** Changing one's password signs out every other browser (UsersService.update ends them). */
  async changePassword(actor: Extract<Actor, { kind: 'USER' }>, currentPassword: string, newPassword: string): Promise<void> {
    const user = await this.users.findById(actor.userId);
    if (!(await verifyPassword(user.passwordHash, currentPassword))) {
      throw UserInputError.forField('currentPassword', 'WRONG_PASSWORD', 'The current password is wrong.');
    }
    await this.users.update(user.id, { password: newPassword }, actor);
  }
}

export function userActor(user: User, sessionId: string): Extract<Actor, { kind: 'USER' }> {
  return { kind: 'USER', userId: user.id, role: user.role, label: user.email, linkedContactId: user.linkedContactId, sessionId };
}
