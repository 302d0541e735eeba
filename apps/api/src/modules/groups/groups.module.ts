import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { GROUP_PRESIDENCY_SOURCE } from '../auth/access-scope.js';
import { AuditModule } from '../audit/audit.module.js';
import { AuthModule } from '../auth/auth.module.js';
import { CollectivitiesModule } from '../collectivities/collectivities.module.js';
import { ContactsModule } from '../contacts/contacts.module.js';
import { CooperationsModule } from '../cooperations/cooperations.module.js';
import { GroupMember } from './group-member.entity.js';
import { GroupOffice } from './group-office.entity.js';
import { GroupEntity } from './group.entity.js';
import { GroupLoaders } from './group.loaders.js';
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
    GroupLoaders,
    GroupsResolver,
    CountryGroupsResolver,
    GroupMembersResolver,
    GroupOfficesResolver,
    ContactGroupsResolver,
    CollectivityGroupsResolver,
    // Group presidents' access follows who presides today: this module knows it.
    { provide: GROUP_PRESIDENCY_SOURCE, useExisting: GroupsService },
  ],
  exports: [GroupsService, GROUP_PRESIDENCY_SOURCE],
})
export class GroupsModule {}
