import type { ApiModule } from '../../common/api-module.js';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module.js';
import { Collectivity } from './collectivity.entity.js';
import { CollectivitiesResolver } from './collectivities.resolver.js';
import { CollectivitiesService } from './collectivities.service.js';
import { MembershipChange } from './membership-change.entity.js';

const entities = [Collectivity, MembershipChange];
const resolvers = [CollectivitiesResolver];

@Module({
  imports: [TypeOrmModule.forFeature(entities), AuditModule],
  providers: [CollectivitiesService, ...resolvers],
  exports: [CollectivitiesService],
})
export class CollectivitiesModule {}

/** What the collectivities module adds to the API (listed in modules/index.ts). */
export const collectivitiesModule: ApiModule = { module: CollectivitiesModule, entities, resolvers };
