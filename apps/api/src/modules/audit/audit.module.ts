import type { ApiModule } from '../../common/api-module.js';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditEntry } from './audit-entry.entity.js';
import { AuditResolver } from './audit.resolver.js';
import { AuditService } from './audit.service.js';
import { AuditedWrites } from './audited-writes.js';

const entities = [AuditEntry];
const resolvers = [AuditResolver];

@Module({
  imports: [TypeOrmModule.forFeature(entities)],
  providers: [AuditService, AuditedWrites, ...resolvers],
  exports: [AuditService, AuditedWrites],
})
export class AuditModule {}

/** What the audit module adds to the API (listed in modules/index.ts). */
export const auditModule: ApiModule = { module: AuditModule, entities, resolvers };
