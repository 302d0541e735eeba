import type { ApiModule } from '../../common/api-module.js';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module.js';
import { Partner } from './partner.entity.js';
import { PartnersResolver, PartnershipsResolver } from './partners.resolver.js';
import { PartnersService } from './partners.service.js';
import { Partnership } from './partnership.entity.js';

const entities = [Partner, Partnership];
const resolvers = [PartnersResolver, PartnershipsResolver];

@Module({
  imports: [TypeOrmModule.forFeature(entities), AuditModule],
  providers: [PartnersService, ...resolvers],
  exports: [PartnersService],
})
export class PartnersModule {}

/** What the partners module adds to the API (listed in modules/index.ts). */
export const partnersModule: ApiModule = { module: PartnersModule, entities, resolvers };
