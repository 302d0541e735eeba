import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AccessGuard } from './access.guard.js';
import { AuthCache } from './auth-cache.js';
import { CredentialChanges } from './credential-changes.js';

/**
 * The access kernel every module relies on: the deny-by-default guard, and the remembered
 * authentication answers with the announcement of the changes that end or alter them (made by
 * the users and API tokens modules, read by sign-in). Global, so no module imports a feature for it.
 */
@Global()
@Module({
  providers: [AuthCache, CredentialChanges, { provide: APP_GUARD, useClass: AccessGuard }],
  exports: [AuthCache, CredentialChanges],
})
export class AccessModule {}
