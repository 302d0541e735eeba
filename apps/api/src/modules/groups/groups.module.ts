import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module.js';
import { AuthModule } from '../auth/auth.module.js';
import { CollectivitiesModule } from '../collectivities/collectivities.module.js';
import { ContactsModule } from '../contacts/contacts.module.js';
import { CooperationsModule } from '../cooperations/cooperations.module.js';
import { GroupMember } from './group-member.entity.js';
import { GroupOffice } from './group-office.entity.js';
import { GroupEntity } from './group.entity.js';
import {
  CollectivityGroupsResolver,
  ContactGroupsResolver,
  CountryGroupsResolver,
  GroupMembersResolver,
  GroupOfficesResolver,
  GroupsResolver,
} from './groups.resolver.js';
import { GroupsService } from './groups.service.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([GroupEntity, GroupMember, GroupOffice]),
    AuditModule,
    AuthModule,
    CollectivitiesModule,
    ContactsModule,
    CooperationsModule,
  ],
  providers: [
    GroupsService,
    GroupsResolver,
    CountryGroupsResolver,
    GroupMembersResolver,
    GroupOfficesResolver,
    ContactGroupsResolver,
    CollectivityGroupsResolver,
  ],
  exports: [GroupsService],
})
export class GroupsModule {}
