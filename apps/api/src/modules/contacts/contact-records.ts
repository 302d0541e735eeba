import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../common/access/actor.js';

/**
 * A module whose tables refer to people (groups' offices, events' participations and speakers).
 * A merge, a data export and an erasure of a contact ask each of them, within their own
 * transaction, to act on its own tables: the contacts module writes only its own.
 */
export interface ContactRecordsHolder {
  /** Moves what refers to `mergedId` over to `keptId`. */
  mergeContactRecords(manager: EntityManager, keptId: string, mergedId: string, actor: Actor): Promise<void>;
  /** What it holds on the person, as sections of a data subject's export. */
  exportContactRecords(manager: EntityManager, contactId: string): Promise<Record<string, unknown>>;
  /** Removes what would still identify an erased person. */
  eraseContactRecords?(manager: EntityManager, contactId: string): Promise<void>;
}

/** The holders of records on people: the higher modules register here when they start, so no import points up. */
@Injectable()
export class ContactRecordHolders {
  private readonly holders: ContactRecordsHolder[] = [];

  register(holder: ContactRecordsHolder): void {
    this.holders.push(holder);
  }

  async merge(manager: EntityManager, keptId: string, mergedId: string, actor: Actor): Promise<void> {
    for (const holder of this.holders) await holder.mergeContactRecords(manager, keptId, mergedId, actor);
  }

  async export(manager: EntityManager, contactId: string): Promise<Record<string, unknown>> {
    const sections: Record<string, unknown> = {};
    for (const holder of this.holders) Object.assign(sections, await holder.exportContactRecords(manager, contactId));
    return sections;
  }

  async erase(manager: EntityManager, contactId: string): Promise<void> {
    for (const holder of this.holders) await holder.eraseContactRecords?.(manager, contactId);
  }
}
