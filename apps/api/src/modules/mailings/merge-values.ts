import type { Civility, MergeField } from '@territoria/domain';
import type { EntityManager } from 'typeorm';

export interface RecipientValues {
  contactId: string;
  email: string | null;
  /** Still to be written to: consent given, not erased. */
  reachable: boolean;
  values: Partial<Record<MergeField, string | null>>;
}

const CIVILITY: Record<Civility, string> = { MR: 'Monsieur', MS: 'Madame' };
const euros = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });
const longDate = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

interface Row {
  id: string;
  civility: Civility | null;
  first_name: string;
  last_name: string;
  email: string | null;
  reachable: boolean;
  collectivity_name: string | null;
  due_cents: string | null;
  due_year: number | null;
}

/**
 * The collectivity a contact is written to for (its name, its dues, its dues letter): that of their
 * current position, an elected mandate first, the latest otherwise.
 */
export function currentCollectivityJoin(contact: string, alias: string): string {
  return `LEFT JOIN LATERAL (
        SELECT co.id, co.name FROM positions p JOIN collectivities co ON co.id = p.collectivity_id
        WHERE p.contact_id = ${contact}.id AND (p.ended_on IS NULL OR p.ended_on >= CURRENT_DATE)
        ORDER BY (p.kind = 'ELECTED') DESC, p.started_on DESC, co.id LIMIT 1) ${alias} ON TRUE`;
}

/**
 * The merge fields' values for some contacts: their collectivity is the one of their current
 * position (an elected mandate first), the amount due is that collectivity's unpaid invoiced dues.
 */
export async function recipientValues(
  manager: EntityManager,
  contactIds: string[],
  editionId: string | null,
): Promise<RecipientValues[]> {
  const rows = (await manager.query(
    `SELECT c.id, c.civility, c.first_name, c.last_name, c.email,
        (c.consent_status = 'GIVEN' AND c.erased_at IS NULL) AS reachable,
        col.name AS collectivity_name,
        (SELECT sum(f.amount_cents) FROM membership_fees f WHERE f.collectivity_id = col.id AND f.status = 'INVOICED') AS due_cents,
        (SELECT max(f.year) FROM membership_fees f WHERE f.collectivity_id = col.id AND f.status = 'INVOICED') AS due_year
      FROM contacts c ${currentCollectivityJoin('c', 'col')}
      WHERE c.id = ANY($1::uuid[])`,
    [contactIds],
  )) as Row[];
  const edition = editionId ? await editionValues(manager, editionId) : {};
  return rows.map((row) => ({
    contactId: row.id,
    email: row.email,
    reachable: row.reachable,
    values: {
      'contact.civility': row.civility ? CIVILITY[row.civility] : null,
      'contact.firstName': row.first_name,
      'contact.lastName': row.last_name,
      'contact.email': row.email,
      'collectivity.name': row.collectivity_name,
      'dues.amount': row.due_cents === null ? null : euros.format(Number(row.due_cents) / 100),
      'dues.year': row.due_year === null ? null : String(row.due_year),
      ...edition,
    },
  }));
}

async function editionValues(manager: EntityManager, editionId: string): Promise<Partial<Record<MergeField, string | null>>> {
  const [event] = (await manager.query(`SELECT title, starts_on::text AS starts_on, venue, city FROM events WHERE id = $1`, [
    editionId,
  ])) as {
    title: string;
    starts_on: string;
    venue: string | null;
    city: string | null;
  }[];
  if (!event) return {};
  return {
    'edition.title': event.title,
    'edition.date': longDate.format(new Date(`${event.starts_on}T00:00:00Z`)),
    'edition.venue': event.venue,
    'edition.city': event.city,
  };
}
