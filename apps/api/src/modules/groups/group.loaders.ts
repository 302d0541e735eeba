import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { requestLoader, type RequestContext } from '../../common/loaders/request-loaders.js';
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
    return requestLoader(context, 'group.byId', () => new DataLoader(async (ids: readonly string[]) => {
      const found = new Map((await this.groups.findByIds(ids)).map((group) => [group.id, group]));
      return ids.map((id) => found.get(id) ?? null);
    }));
  }

  contactById(context: RequestContext): DataLoader<string, Contact | null> {
    return requestLoader(context, 'contact.byId', () => new DataLoader(async (ids: readonly string[]) => {
      const found = new Map((await this.contacts.findByIds(ids)).map((contact) => [contact.id, contact]));
      return ids.map((id) => found.get(id) ?? null);
    }));
  }

  officesByGroup(context: RequestContext): DataLoader<string, GroupOffice[]> {
    return requestLoader(context, 'group.offices', () => new DataLoader(async (ids: readonly string[]) => {
      const offices = await this.groups.officesOfGroups(ids);
      return ids.map((id) => offices.filter((office) => office.groupId === id));
    }));
  }

  officesByContact(context: RequestContext): DataLoader<string, GroupOffice[]> {
    return requestLoader(context, 'contact.offices', () => new DataLoader(async (ids: readonly string[]) => {
      const offices = await this.groups.officesOfContacts(ids);
      return ids.map((id) => offices.filter((office) => office.contactId === id));
    }));
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
