import type { ApiModule } from '../../common/api-module.js';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module.js';
import { CollectivitiesModule } from '../collectivities/collectivities.module.js';
import { Cooperation } from './cooperation.entity.js';
import { CollectivityCooperationsResolver, CooperationsResolver } from './cooperations.resolver.js';
import { CooperationsService } from './cooperations.service.js';

const entities = [Cooperation];
const resolvers = [CooperationsResolver, CollectivityCooperationsResolver];

@Module({
  imports: [TypeOrmModule.forFeature(entities), AuditModule, CollectivitiesModule],
  providers: [CooperationsService, ...resolvers],
  exports: [CooperationsService],
})
export class CooperationsModule {}

/** What the cooperations module adds to the API (listed in modules/index.ts). */
export const cooperationsModule: ApiModule = { module: CooperationsModule, entities, resolvers };
