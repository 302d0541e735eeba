import { afterEach, beforeEach, jest } from '@jest/globals';
import { cleanup } from '@testing-library/react';
import type { Participation } from '../src/resources/participations/fields';
import { quietRefusals } from './quietRefusals';

/**
 * A registration to the 12th edition, as the participations pages list it (registered, not yet
 * checked in); `overrides` set what a test is about.
 */
export const registration = (id: string, displayName: string, overrides: Partial<Participation> = {}): Participation => ({
  id,
  eventId: 'e12',
  contactId: `c-${id}`,
  collectivityId: null,
  partnerId: null,
  organisationName: null,
  displayName,
  organisationDisplayName: 'Dijon',
  role: 'ATTENDEE',
  status: 'REGISTERED',
  countryCode: 'FR',
  registeredAt: '2021-05-03T08:00:00.000Z',
  checkedInAt: null,
  notes: null,
  version: 1,
  createdAt: '2021-05-03T08:00:00.000Z',
  updatedAt: '2021-05-03T08:00:00.000Z',
  ...overrides,
});

/**
 * Each test of the describe block starts at `hash` with an empty local storage and the expected
 * refusals kept quiet, and leaves nothing behind.
 */
export function eachTestStartsAt(hash: string): void {
  beforeEach(() => {
    localStorage.clear();
    window.location.hash = hash;
    quietRefusals();
  });
  afterEach(() => {
    cleanup();
    jest.restoreAllMocks();
  });
}
