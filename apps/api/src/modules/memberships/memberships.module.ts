import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module.js';
import { CollectivitiesModule } from '../collectivities/collectivities.module.js';
import { FeeScale } from './fee-scale.entity.js';
import { MembershipFee } from './membership-fee.entity.js';
import { CollectivityFeesResolver, MembershipsResolver } from './memberships.resolver.js';
import { MembershipsService } from './memberships.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([FeeScale, MembershipFee]), AuditModule, CollectivitiesModule],
  providers: [MembershipsService, MembershipsResolver, CollectivityFeesResolver],
  exports: [MembershipsService],
})
export class MembershipsModule {}
