import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module.js';
import { CollectivitiesModule } from '../collectivities/collectivities.module.js';
import { Cooperation } from './cooperation.entity.js';
import { CollectivityCooperationsResolver, CooperationsResolver } from './cooperations.resolver.js';
import { CooperationsService } from './cooperations.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([Cooperation]), AuditModule, CollectivitiesModule],
  providers: [CooperationsService, CooperationsResolver, CollectivityCooperationsResolver],
  exports: [CooperationsService],
})
export class CooperationsModule {}
