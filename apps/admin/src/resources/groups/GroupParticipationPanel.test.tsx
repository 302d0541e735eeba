import { describe, expect, it } from '@jest/globals';
import type { Participation } from '../participations/fields';
import { summariseByEdition } from './GroupParticipationPanel';

const at = (id: string, eventId: string, year: number, collectivityId: string | null, status: Participation['status']) =>
  ({
    id,
    eventId,
    collectivityId,
    status,
    event: { id: eventId, title: `Rencontres ${year}`, year, editionNumber: year - 2009 },
  }) as Participation;

describe("a group's members at the Rencontres", () => {
  it('counts, per edition and newest first, the members represented and their people, cancellations aside', () => {
    const summary = summariseByEdition([
      at('1', 'e21', 2021, 'dijon', 'ATTENDED'),
      at('2', 'e21', 2021, 'dijon', 'REGISTERED'),
      at('3', 'e21', 2021, 'paris', 'NO_SHOW'),
      at('4', 'e21', 2021, 'lyon', 'CANCELLED'),
      at('5', 'e19', 2019, 'dijon', 'ATTENDED'),
    ]);
    expect(summary).toEqual([
      { eventId: 'e21', title: 'Rencontres 2021', year: 2021, members: 2, participants: 3, attended: 1 },
      { eventId: 'e19', title: 'Rencontres 2019', year: 2019, members: 1, participants: 1, attended: 1 },
    ]);
  });
});
