import { Injectable } from '@nestjs/common';
import { calendarDate, ConsentStatus, guessPositionKind } from '@territoria/domain';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { deleteTraced, insertTraced } from '../audit/traced-batches.js';
import type { Actor } from '../../common/access/actor.js';
import { Contact } from './contact.entity.js';
import { Position } from './position.entity.js';

export interface NewContact {
  civility: Contact['civility'] | null;
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
}

export interface NewPosition {
  contactId: string;
  collectivityId: string | null;
  partnerId: string | null;
  title: string;
  /** Since when the position is known (the registration's date). */
  since: Date;
}

/**
 * The contacts module's writes in bulk, inside the caller's transaction, each row traced: the
 * registration import creates its new contacts and their positions here, and deletes them here
 * when it is undone.
 */
@Injectable()
export class ContactBatchWrites {
  constructor(private readonly audit: AuditService) {}

  /** Creates the contacts (consent unknown); returns their ids in order. */
  createContacts(manager: EntityManager, actor: Actor, contacts: NewContact[]): Promise<string[]> {
    const values = contacts.map((contact) => ({ ...contact, consentStatus: ConsentStatus.UNKNOWN }));
    return insertTraced(manager, this.audit, actor, Contact, 'Contact', values);
  }

  /** Creates the positions, each at a collectivity or else a partner, its kind guessed from its title. */
  createPositions(manager: EntityManager, actor: Actor, positions: NewPosition[]): Promise<string[]> {
    const values = positions.map((position) => ({
      contactId: position.contactId,
      collectivityId: position.collectivityId,
      partnerId: position.collectivityId ? null : position.partnerId,
      title: position.title,
      kind: guessPositionKind(position.title, position.collectivityId ? 'COLLECTIVITY' : 'PARTNER'),
      startedOn: calendarDate(position.since),
    }));
    return insertTraced(manager, this.audit, actor, Position, 'Position', values);
  }

  /**
   * Deletes contacts created in bulk, with the positions created with them, unless edited since
   * (version above 1) or referred to by anything else now (another registration, a group office,
   * a user…): tried all at once, then one by one when a reference refuses. Returns how many went.
   */
  async deleteCreated(manager: EntityManager, actor: Actor, contactIds: string[], positionIds: string[]): Promise<number> {
    const unedited = await manager.query<{ id: string }[]>(
      `SELECT id FROM contacts WHERE id = ANY($1::uuid[]) AND version = 1 ORDER BY id`,
      [contactIds],
    );
    const positions = await manager.query<{ id: string; contactId: string }[]>(
      `SELECT id, contact_id AS "contactId" FROM positions WHERE id = ANY($1::uuid[])`,
      [positionIds],
    );
    const attempt = async (ids: string[]): Promise<boolean> => {
      await manager.query('SAVEPOINT delete_created_contacts');
      try {
        const theirs = new Set(ids);
        const their = positions.filter((position) => theirs.has(position.contactId)).map((position) => position.id);
        await deleteTraced(manager, this.audit, actor, 'positions', 'Position', their);
        await deleteTraced(manager, this.audit, actor, 'contacts', 'Contact', ids);
        await manager.query('RELEASE SAVEPOINT delete_created_contacts');
        return true;
      } catch (error) {
        // a reference to the contact (foreign key): it stays
        const code = (error as { driverError?: { code?: string } }).driverError?.code ?? (error as { code?: string }).code;
        if (code !== '23503') throw error;
        await manager.query('ROLLBACK TO SAVEPOINT delete_created_contacts');
        return false;
      }
    };
    const ids = unedited.map((contact) => contact.id);
    if (ids.length > 0 && (await attempt(ids))) return ids.length;
    let deleted = 0;
    for (const id of ids) if (await attempt([id])) deleted += 1;
    return deleted;
  }
}
