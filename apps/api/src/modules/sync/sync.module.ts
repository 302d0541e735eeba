import { Module } from '@nestjs/common';
import { TombstonesResolver } from './tombstones.resolver.js';

/** Incremental sync's own reads: the tombstones (the synced lists themselves are on the read road). */
@Module({ providers: [TombstonesResolver] })
export class SyncModule {}
