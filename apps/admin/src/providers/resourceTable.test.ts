import { describe, expect, it } from '@jest/globals';
import { RESOURCES } from './resourceTable';

describe('the resource table', () => {
  it('has an entry for every resource the console registers', () => {
    expect(Object.keys(RESOURCES).sort()).toEqual(
      [
        // the Rencontres
        'events',
        'eventSessions',
        'labelAwards',
        'participations',
        'apiTokens',
        'auditEntries',
        'collectivities',
        'contacts',
        'cooperations',
        'countryGroups',
        'groupMembers',
        'groupOffices',
        'groups',
        'history',
        'membershipFees',
        // nested lists read whole with their record
        'membershipChanges',
        'partnerContacts',
        'participationHistory',
        'partners',
        'partnerships',
        'positions',
        'thematicGroups',
        'users',
        // integrations and communications
        'webhookEndpoints',
        'mailings',
        'mailingRecipients',
      ].sort(),
    );
  });
});
