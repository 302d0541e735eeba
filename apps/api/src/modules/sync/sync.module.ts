import { Module } from '@nestjs/common';
import type { ApiModule } from '../../common/api-module.js';
import { Tombstone } from './tombstone.entity.js';
import { TombstonesResolver } from './tombstones.resolver.js';

const resolvers = [TombstonesResolver];

/** Incremental sync's own reads: the tombstones (the synced lists themselves are on the read road). */
@Module({ providers: resolvers })
export class SyncModule {}

/** What incremental sync adds to the API (listed in modules/index.ts). */
export const syncModule: ApiModule = { module: SyncModule, entities: [Tombstone], resolvers };
