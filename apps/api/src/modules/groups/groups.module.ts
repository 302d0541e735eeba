import type { ApiModule } from '../../common/api-module.js';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module.js';
import { CollectivitiesModule } from '../collectivities/collectivities.module.js';
import { ContactsModule } from '../contacts/contacts.module.js';
import { CooperationsModule } from '../cooperations/cooperations.module.js';
import { GroupMember } from './group-member.entity.js';
import { GroupOffice } from './group-office.entity.js';
import { Group } from './group.entity.js';
import {
  CollectivityGroupsResolver,
  ContactGroupsResolver,
  CountryGroupsResolver,
  GroupMembersResolver,
  GroupOfficesResolver,
  GroupsResolver,
} from './groups.resolver.js';
import { GroupContactRecords } from './group-contact-records.js';
import { GroupsService } from './groups.service.js';

const entities = [Group, GroupMember, GroupOffice];
const resolvers = [
  GroupsResolver,
  CountryGroupsResolver,
  GroupMembersResolver,
  GroupOfficesResolver,
  ContactGroupsResolver,
  CollectivityGroupsResolver,
];

@Module({
  imports: [TypeOrmModule.forFeature(entities), AuditModule, CollectivitiesModule, ContactsModule, CooperationsModule],
  providers: [GroupsService, GroupContactRecords, ...resolvers],
  exports: [GroupsService, GroupContactRecords],
})
export class GroupsModule {}

/** What the groups module adds to the API (listed in modules/index.ts). */
export const groupsModule: ApiModule = { module: GroupsModule, entities, resolvers };
