import { describe, expect, it } from '@jest/globals';
import { retryDelayMs } from './webhook-deliveries.worker.js';
import { eventsOf } from './webhook-outbox.js';

describe('the events of a change', () => {
  it('names each kind of change of the records integrations follow', () => {
    expect(eventsOf({ entityType: 'Collectivity', entityId: 'c', action: 'CREATE', changes: { name: [null, 'Dijon'] } })).toEqual(
      ['collectivity.created'],
    );
    expect(
      eventsOf({
        entityType: 'Collectivity',
        entityId: 'c',
        action: 'UPDATE',
        changes: { membershipStatus: ['PROSPECT', 'MEMBER'] },
      }),
    ).toEqual(['collectivity.updated', 'membership.changed']);
    expect(eventsOf({ entityType: 'Contact', entityId: 'p', action: 'ERASE', changes: {} })).toEqual(['contact.erased']);
    expect(eventsOf({ entityType: 'Participation', entityId: 'x', action: 'DELETE', changes: {} })).toEqual([
      'participation.deleted',
    ]);
  });

  it('tells of dues when they become paid, not on other changes of the fee', () => {
    expect(
      eventsOf({ entityType: 'MembershipFee', entityId: 'f', action: 'UPDATE', changes: { status: ['INVOICED', 'PAID'] } }),
    ).toEqual(['dues.paid']);
    expect(
      eventsOf({ entityType: 'MembershipFee', entityId: 'f', action: 'UPDATE', changes: { status: ['INVOICED', 'LATE'] } }),
    ).toEqual([]);
    expect(eventsOf({ entityType: 'User', entityId: 'u', action: 'UPDATE', changes: { role: ['STAFF', 'ADMIN'] } })).toEqual([]);
  });
});

describe('the wait before a retry', () => {
  it('doubles at each attempt, with jitter between half and all of it, and never exceeds 6 hours', () => {
    expect(retryDelayMs(30_000, 1, () => 0)).toBe(15_000);
    expect(retryDelayMs(30_000, 1, () => 1)).toBe(30_000);
    expect(retryDelayMs(30_000, 3, () => 1)).toBe(120_000);
    expect(retryDelayMs(30_000, 30, () => 1)).toBe(6 * 3600_000);
    // Retried over a day: from 30 s, the waits add up past 24 hours within about twenty attempts.
    let total = 0;
    let attempts = 0;
    while (total < 24 * 3600_000) total += retryDelayMs(30_000, ++attempts, () => 0.5);
    expect(attempts).toBeLessThan(20);
  });
});
