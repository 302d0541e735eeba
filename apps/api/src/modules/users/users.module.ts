import type { ApiModule } from '../../common/api-module.js';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module.js';
import { User } from './user.entity.js';
import { UsersResolver } from './users.resolver.js';
import { UsersService } from './users.service.js';

const entities = [User];
const resolvers = [UsersResolver];

@Module({
  imports: [TypeOrmModule.forFeature(entities), AuditModule],
  providers: [UsersService, ...resolvers],
  exports: [UsersService],
})
export class UsersModule {}

/** What the users module adds to the API (listed in modules/index.ts). */
export const usersModule: ApiModule = { module: UsersModule, entities, resolvers };
