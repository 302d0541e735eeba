import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ApiTokensModule } from '../api-tokens/api-tokens.module.js';
import { UsersModule } from '../users/users.module.js';
import { AccessGuard } from './access.guard.js';
import { AuthResolver } from './auth.resolver.js';
import { AuthService } from './auth.service.js';
import { CredentialsModule } from './credentials.module.js';
import { Session } from './session.entity.js';
import { SignInRateLimiter } from './sign-in-rate-limiter.js';

@Module({
  imports: [TypeOrmModule.forFeature([Session]), CredentialsModule, UsersModule, ApiTokensModule],
  providers: [AuthService, AuthResolver, SignInRateLimiter, { provide: APP_GUARD, useClass: AccessGuard }],
  exports: [AuthService],
})
export class AuthModule {}
