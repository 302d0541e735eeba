import { SetMetadata } from '@nestjs/common';
import { Role, type ApiScope } from '@territoria/domain';

export interface AccessRule {
  /** Signed-in users with one of these roles may call it. */
  roles: readonly Role[];
  /** API tokens holding this scope (or one of these) may call it (tokens only ever read). */
  scope?: ApiScope | readonly ApiScope[];
  /** Anyone, signed in or not (signing in). */
  public?: boolean;
}

export const ACCESS_RULE = 'territoria:access-rule';

/**
 * Every query, mutation and field resolver states who may call it, on the method or on its
 * resolver class; the global guard refuses anything without a rule.
 */
export const Access = (rule: AccessRule) => SetMetadata(ACCESS_RULE, rule);

export const Public = () => Access({ roles: [], public: true });

export const EVERY_ROLE: readonly Role[] = [Role.ADMIN, Role.STAFF, Role.GROUP_PRESIDENT];
export const STAFF_ROLES: readonly Role[] = [Role.ADMIN, Role.STAFF];
export const ADMIN_ONLY: readonly Role[] = [Role.ADMIN];
