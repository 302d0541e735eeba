import type { ApiModule } from '../../common/api-module.js';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module.js';
import { CollectivitiesModule } from '../collectivities/collectivities.module.js';
import { FeeScale } from './fee-scale.entity.js';
import { MembershipFee } from './membership-fee.entity.js';
import { CollectivityFeesResolver, MembershipsResolver } from './memberships.resolver.js';
import { MembershipsService } from './memberships.service.js';

const entities = [FeeScale, MembershipFee];
const resolvers = [MembershipsResolver, CollectivityFeesResolver];

@Module({
  imports: [TypeOrmModule.forFeature(entities), AuditModule, CollectivitiesModule],
  providers: [MembershipsService, ...resolvers],
  exports: [MembershipsService],
})
export class MembershipsModule {}

/** What the memberships module adds to the API (listed in modules/index.ts). */
export const membershipsModule: ApiModule = { module: MembershipsModule, entities, resolvers };
