import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { requestLoader, type RequestContext } from '../../common/loaders/request-loaders.js';
import type { Collectivity } from './collectivity.entity.js';
import type { MembershipChange } from './membership-change.entity.js';
import { CollectivitiesService } from './collectivities.service.js';

/** Batches every collectivity look-up of one request into one query per kind of key. */
@Injectable()
export class CollectivityLoaders {
  constructor(private readonly collectivities: CollectivitiesService) {}

  byId(context: RequestContext): DataLoader<string, Collectivity | null> {
    return requestLoader(context, 'collectivity.byId', () => new DataLoader(async (ids: readonly string[]) => {
      const found = new Map((await this.collectivities.findByIds(ids)).map((row) => [row.id, row]));
      return ids.map((id) => found.get(id) ?? null);
    }));
  }

  membershipHistory(context: RequestContext): DataLoader<string, MembershipChange[]> {
    return requestLoader(context, 'collectivity.membershipHistory', () => new DataLoader(async (ids: readonly string[]) => {
      const changes = await this.collectivities.membershipHistory(ids);
      return ids.map((id) => changes.filter((change) => change.collectivityId === id));
    }));
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
