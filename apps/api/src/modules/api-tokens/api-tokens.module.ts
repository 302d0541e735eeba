import type { ApiModule } from '../../common/api-module.js';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module.js';
import { ApiToken } from './api-token.entity.js';
import { ApiTokensResolver } from './api-tokens.resolver.js';
import { ApiTokensService } from './api-tokens.service.js';

const entities = [ApiToken];
const resolvers = [ApiTokensResolver];

@Module({
  imports: [TypeOrmModule.forFeature(entities), AuditModule],
  providers: [ApiTokensService, ...resolvers],
  exports: [ApiTokensService],
})
export class ApiTokensModule {}

/** What the apiTokens module adds to the API (listed in modules/index.ts). */
export const apiTokensModule: ApiModule = { module: ApiTokensModule, entities, resolvers };
