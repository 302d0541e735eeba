import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ContactRecordHolders, type ContactRecordsHolder } from '../contacts/contact-records.js';

/** The offices people hold in groups, when a contact is merged or exported (offices stay on erasure: counts stay right). */
@Injectable()
export class GroupContactRecords implements ContactRecordsHolder, OnModuleInit {
  constructor(private readonly holders: ContactRecordHolders) {}

  onModuleInit(): void {
    this.holders.register(this);
  }

  async mergeContactRecords(manager: EntityManager, keptId: string, mergedId: string): Promise<void> {
    await manager.query('UPDATE group_offices SET contact_id = $1 WHERE contact_id = $2', [keptId, mergedId]);
  }

  async exportContactRecords(manager: EntityManager, contactId: string): Promise<Record<string, unknown>> {
    const offices: unknown = await manager.query(
      `SELECT g.name AS "group", o.role, o.started_on::text AS "startedOn", o.ended_on::text AS "endedOn"
       FROM group_offices o JOIN groups g ON g.id = o.group_id WHERE o.contact_id = $1 ORDER BY o.started_on`,
      [contactId],
    );
    return { offices };
  }
}
