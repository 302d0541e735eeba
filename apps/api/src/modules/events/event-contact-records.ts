import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../common/access/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { ContactRecordHolders, type ContactRecordsHolder } from '../contacts/contact-records.js';

/** A person's participations and the sessions they spoke in, when a contact is merged, exported or erased. */
@Injectable()
export class EventContactRecords implements ContactRecordsHolder, OnModuleInit {
  constructor(
    private readonly holders: ContactRecordHolders,
    private readonly audit: AuditService,
  ) {}

  onModuleInit(): void {
    this.holders.register(this);
  }

  /**
   * One participation per person per edition: where both took part, the kept contact's stays
   * (marked attended if the other one had arrived) and the other's is removed, traced; the rest
   * move. Sessions they spoke in keep them as speakers.
   */
  async mergeContactRecords(manager: EntityManager, keptId: string, mergedId: string, actor: Actor): Promise<void> {
    await manager.query(
      `UPDATE participations kept SET status = 'ATTENDED', checked_in_at = other.checked_in_at, version = kept.version + 1, updated_at = now()
       FROM participations other
       WHERE kept.contact_id = $1 AND other.contact_id = $2 AND other.event_id = kept.event_id AND other.status = 'ATTENDED' AND kept.status <> 'ATTENDED'`,
      [keptId, mergedId],
    );
    const [removed] = (await manager.query(
      `DELETE FROM participations other USING participations kept
       WHERE other.contact_id = $2 AND kept.contact_id = $1 AND kept.event_id = other.event_id RETURNING other.*`,
      [keptId, mergedId],
    )) as [Array<Record<string, unknown> & { id: string }>];
    for (const participation of removed ?? [])
      await this.audit.record(manager, actor, 'Participation', participation.id, participation, null);
    await manager.query('UPDATE participations SET contact_id = $1 WHERE contact_id = $2', [keptId, mergedId]);
    await manager.query(
      `INSERT INTO event_session_speakers (session_id, contact_id) SELECT session_id, $1 FROM event_session_speakers WHERE contact_id = $2 ON CONFLICT DO NOTHING`,
      [keptId, mergedId],
    );
  }

  async exportContactRecords(manager: EntityManager, contactId: string): Promise<Record<string, unknown>> {
    const participations: unknown = await manager.query(
      `SELECT e.title AS edition, e.year, p.role, p.status, p.registered_at AS "registeredAt", p.checked_in_at AS "checkedInAt",
              coalesce(c.name, pa.name, p.organisation_name) AS organisation, p.country_code AS "countryCode"
       FROM participations p JOIN events e ON e.id = p.event_id
       LEFT JOIN collectivities c ON c.id = p.collectivity_id LEFT JOIN partners pa ON pa.id = p.partner_id
       WHERE p.contact_id = $1 ORDER BY e.starts_on`,
      [contactId],
    );
    const sessionsSpokenIn: unknown = await manager.query(
      `SELECT e.title AS edition, s.title AS session FROM event_session_speakers sp
       JOIN event_sessions s ON s.id = sp.session_id JOIN events e ON e.id = s.event_id WHERE sp.contact_id = $1 ORDER BY s.starts_at`,
      [contactId],
    );
    return { participations, sessionsSpokenIn };
  }

  /** The staff's notes on the person's registrations may name them; the registrations stay, so the figures stay right. */
  async eraseContactRecords(manager: EntityManager, contactId: string): Promise<void> {
    await manager.query(
      `UPDATE participations SET notes = NULL, version = version + 1, updated_at = now() WHERE contact_id = $1 AND notes IS NOT NULL`,
      [contactId],
    );
  }
}
