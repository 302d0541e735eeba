import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module.js';
import { Partner } from './partner.entity.js';
import { PartnersResolver, PartnershipsResolver } from './partners.resolver.js';
import { PartnersService } from './partners.service.js';
import { Partnership } from './partnership.entity.js';

@Module({
  imports: [TypeOrmModule.forFeature([Partner, Partnership]), AuditModule],
  providers: [PartnersService, PartnersResolver, PartnershipsResolver],
  exports: [PartnersService],
})
export class PartnersModule {}
