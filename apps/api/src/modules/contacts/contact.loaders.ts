import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { groupedLoader, requestLoader, type RequestContext } from '../../common/loaders/request-loaders.js';
import { ContactsService } from './contacts.service.js';
import type { Position } from './position.entity.js';

@Injectable()
export class ContactLoaders {
  constructor(private readonly contacts: ContactsService) {}

  positionsByContact(context: RequestContext): DataLoader<string, Position[]> {
    return groupedLoader(context, 'contact.positions', (ids) => this.contacts.positionsOf(ids), (row) => row.contactId);
  }

  contactCountByCollectivity(context: RequestContext): DataLoader<string, number> {
    return requestLoader(context, 'collectivity.contactCount', () => new DataLoader(async (ids: readonly string[]) => {
      const counts = await this.contacts.currentContactCounts(ids);
      return ids.map((id) => counts.get(id) ?? 0);
    }));
  }
}
