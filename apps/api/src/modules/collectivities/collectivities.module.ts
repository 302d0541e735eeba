import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module.js';
import { AuthModule } from '../auth/auth.module.js';
import { Collectivity } from './collectivity.entity.js';
import { CollectivitiesResolver } from './collectivities.resolver.js';
import { CollectivitiesService } from './collectivities.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([Collectivity]), AuditModule, AuthModule],
  providers: [CollectivitiesService, CollectivitiesResolver],
  exports: [CollectivitiesService],
})
export class CollectivitiesModule {}
