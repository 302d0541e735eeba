import { describe, expect, it } from '@jest/globals';
import { render, screen } from '@testing-library/react';
import { AdminContext, ResourceContextProvider } from 'react-admin';
import { i18nProvider } from '../../i18n/i18nProvider';
import { fakeDataProvider } from '../../../test/fakeDataProvider';
import { EmptyList } from './ListParts';

/** Every list of the console that shows EmptyList when nothing matches. */
const LISTS = [
  'collectivities',
  'contacts',
  'countryGroups',
  'thematicGroups',
  'partners',
  'partnerships',
  'membershipFees',
  'events',
  'participations',
  'users',
  'apiTokens',
  'auditEntries',
];

describe('EmptyList', () => {
  it.each(LISTS)('says in French that nothing matches in %s', async (resource) => {
    render(
      <AdminContext dataProvider={fakeDataProvider()} i18nProvider={i18nProvider}>
        <ResourceContextProvider value={resource}>
          <EmptyList />
        </ResourceContextProvider>
      </AdminContext>,
    );
    const message = await screen.findByText(/^Aucun/);
    expect(message.textContent).not.toContain(`resources.${resource}`);
  });
});
