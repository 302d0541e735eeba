import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { requestLoader, type RequestContext } from '../../common/loaders/request-loaders.js';
import { ContactsService } from './contacts.service.js';
import type { Position } from './position.entity.js';

@Injectable()
export class ContactLoaders {
  constructor(private readonly contacts: ContactsService) {}

  positionsByContact(context: RequestContext): DataLoader<string, Position[]> {
    return requestLoader(context, 'contact.positions', () => new DataLoader(async (contactIds: readonly string[]) => {
      const positions = await this.contacts.positionsOf(contactIds);
      return contactIds.map((id) => positions.filter((position) => position.contactId === id));
    }));
  }

  contactCountByCollectivity(context: RequestContext): DataLoader<string, number> {
    return requestLoader(context, 'collectivity.contactCount', () => new DataLoader(async (ids: readonly string[]) => {
      const counts = await this.contacts.currentContactCounts(ids);
      return ids.map((id) => counts.get(id) ?? 0);
    }));
  }
}
