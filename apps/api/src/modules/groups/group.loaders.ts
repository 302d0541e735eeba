import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { groupedLoader, byIdLoader, requestLoader, type RequestContext } from '../../common/loaders/request-loaders.js';
import type { Contact } from '../contacts/contact.entity.js';
import { ContactsService } from '../contacts/contacts.service.js';
import type { GroupOffice } from './group-office.entity.js';
import type { GroupEntity } from './group.entity.js';
import { GroupsService } from './groups.service.js';

@Injectable()
export class GroupLoaders {
  constructor(
    private readonly groups: GroupsService,
    private readonly contacts: ContactsService,
  ) {}

  byId(context: RequestContext): DataLoader<string, GroupEntity | null> {
    return byIdLoader(context, 'group.byId', (ids) => this.groups.findByIds(ids));
  }

  contactById(context: RequestContext): DataLoader<string, Contact | null> {
    return byIdLoader(context, 'contact.byId', (ids) => this.contacts.findByIds(ids));
  }

  officesByGroup(context: RequestContext): DataLoader<string, GroupOffice[]> {
    return groupedLoader(context, 'group.offices', (ids) => this.groups.officesOfGroups(ids), (row) => row.groupId);
  }

  officesByContact(context: RequestContext): DataLoader<string, GroupOffice[]> {
    return groupedLoader(context, 'contact.offices', (ids) => this.groups.officesOfContacts(ids), (row) => row.contactId);
  }

  memberCount(context: RequestContext): DataLoader<string, number> {
    return requestLoader(context, 'group.memberCount', () => new DataLoader(async (ids: readonly string[]) => {
      const counts = await this.groups.memberCounts(ids);
      return ids.map((id) => counts.get(id) ?? 0);
    }));
  }

  groupsByCollectivity(context: RequestContext): DataLoader<string, GroupEntity[]> {
    return requestLoader(context, 'collectivity.groups', () => new DataLoader(async (ids: readonly string[]) => {
      const rows = await this.groups.groupsOfCollectivities(ids);
      return ids.map((id) => rows.filter((row) => row.collectivityId === id).map((row) => row.group));
    }));
  }

  groupsByContact(context: RequestContext): DataLoader<string, GroupEntity[]> {
    return requestLoader(context, 'contact.groups', () => new DataLoader(async (ids: readonly string[]) => {
      const rows = await this.groups.groupsOfContacts(ids);
      const groups = await this.byId(context).loadMany([...new Set(rows.map((row) => row.groupId))]);
      const byId = new Map(groups.filter((group): group is GroupEntity => !!group && !(group instanceof Error)).map((group) => [group.id, group]));
      return ids.map((id) => rows.filter((row) => row.contactId === id).map((row) => byId.get(row.groupId)!).filter(Boolean));
    }));
  }
}
