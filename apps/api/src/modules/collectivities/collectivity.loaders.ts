import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { groupedLoader, byIdLoader, requestLoader, type RequestContext } from '../../common/loaders/request-loaders.js';
import type { Collectivity } from './collectivity.entity.js';
import type { MembershipChange } from './membership-change.entity.js';
import { CollectivitiesService } from './collectivities.service.js';

/** Batches every collectivity look-up of one request into one query per kind of key. */
@Injectable()
export class CollectivityLoaders {
  constructor(private readonly collectivities: CollectivitiesService) {}

  byId(context: RequestContext): DataLoader<string, Collectivity | null> {
    return byIdLoader(context, 'collectivity.byId', (ids) => this.collectivities.findByIds(ids));
  }

  membershipHistory(context: RequestContext): DataLoader<string, MembershipChange[]> {
    return groupedLoader(context, 'collectivity.membershipHistory', (ids) => this.collectivities.membershipHistory(ids), (row) => row.collectivityId);
  }

  territoryByCode(context: RequestContext, kind: 'REGION' | 'DEPARTMENT'): DataLoader<string, Collectivity | null> {
    return requestLoader(context, `collectivity.${kind}.byCode`, () => new DataLoader(async (codes: readonly string[]) => {
      const found = new Map(
        (await this.collectivities.findTerritoriesByCodes(kind, codes)).map((row) => [row.inseeCode, row]),
      );
      return codes.map((code) => found.get(code) ?? null);
    }));
  }
}
