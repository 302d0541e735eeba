import type { EntityManager } from 'typeorm';
import { SHAPE_2021, seedEdition, seedEditionParticipants, EDITION_2021, SESSIONS_2021 } from '../database/seeds/rencontres.js';

const BENCH_TITLE = 'Édition de mesure (benchmark)';
const FIRST_BENCH_PERSON = 1_000_000;

/**
 * An edition the size of a large congress: the 2021 shape scaled up to `participations` rows,
 * its people kept apart from real contacts by their addresses.
 */
export async function seedBenchEdition(manager: EntityManager, participations: number): Promise<string> {
  await manager.query(`DELETE FROM participations WHERE event_id IN (SELECT id FROM events WHERE title = $1)`, [BENCH_TITLE]);
  await manager.query(`DELETE FROM events WHERE title = $1`, [BENCH_TITLE]);
  const eventId = await seedEdition(
    manager,
    { ...EDITION_2021, editionNumber: 999, year: 2099, title: BENCH_TITLE, startsOn: '2099-06-29', endsOn: '2099-06-29' },
    SESSIONS_2021,
  );
  // 1,500 collectivities with 1–3 people each, many delegations and embassies, the rest other organisations.
  const collectivities = 1_500;
  const fixed = collectivities * 2 + 15 * 3 + 27 + 10 + 12 + 6 + 14;
  await seedEditionParticipants(manager, eventId, '2099-06-29', {
    ...SHAPE_2021,
    frenchCollectivities: collectivities,
    others: Math.max(0, participations - fixed),
    firstPerson: FIRST_BENCH_PERSON,
  });
  return eventId;
}

export async function removeBenchEdition(manager: EntityManager, eventId: string): Promise<void> {
  const people: Array<{ contact_id: string }> = await manager.query(
    `DELETE FROM participations WHERE event_id = $1 RETURNING contact_id`,
    [eventId],
  );
  await manager.query(`DELETE FROM events WHERE id = $1`, [eventId]);
  // Only the people the bench made, and only those with no other participation.
  await manager.query(
    `DELETE FROM contacts c WHERE c.id = ANY($1::uuid[]) AND c.email LIKE 'participant.%@rencontres.example'
       AND split_part(split_part(c.email, '@', 1), '.', 2)::bigint >= $2
       AND NOT EXISTS (SELECT 1 FROM participations p WHERE p.contact_id = c.id)`,
    [people.map((row) => row.contact_id), FIRST_BENCH_PERSON],
  );
}
