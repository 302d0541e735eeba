import { Global, Module } from '@nestjs/common';
import { AuthCache } from './auth-cache.js';
import { CredentialChanges } from './credential-changes.js';

/** Global: the users and API tokens modules announce their changes, which the auth module depends on. */
@Global()
@Module({
  providers: [AuthCache, CredentialChanges],
  exports: [AuthCache, CredentialChanges],
})
export class CredentialsModule {}
