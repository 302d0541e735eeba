import type { ApiModule } from '../../common/api-module.js';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ApiTokensModule } from '../api-tokens/api-tokens.module.js';
import { UsersModule } from '../users/users.module.js';
import { AuthResolver } from './auth.resolver.js';
import { AuthService } from './auth.service.js';
import { Session } from './session.entity.js';
import { SignInRateLimiter } from './sign-in-rate-limiter.js';

/** Sign-in: sessions, the sign-in and sign-out mutations, the rate limit, and who sent a request. */
const entities = [Session];
const resolvers = [AuthResolver];

@Module({
  imports: [TypeOrmModule.forFeature(entities), UsersModule, ApiTokensModule],
  providers: [AuthService, SignInRateLimiter, ...resolvers],
  exports: [AuthService],
})
export class AuthModule {}

/** What the auth module adds to the API (listed in modules/index.ts). */
export const authModule: ApiModule = { module: AuthModule, entities, resolvers };
