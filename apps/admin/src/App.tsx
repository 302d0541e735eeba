import { lazy, useMemo } from 'react';
import { Route } from 'react-router-dom';
import { Admin, CustomRoutes, Resource, type AuthProvider, type DataProvider, type I18nProvider } from 'react-admin';
import { Dashboard } from './Dashboard';
import { i18nProvider as defaultI18nProvider } from './i18n/i18nProvider';
import { AppLayout, CHANGE_PASSWORD_PATH } from './layout/AppLayout';
import { createAuthProvider, type Role } from './providers/authProvider';
import { createDataProvider } from './providers/dataProvider';
import { apiTokens } from './resources/apiTokens';
import { auditEntries } from './resources/auditEntries';
import { collectivities } from './resources/collectivities';
import { contacts, positions } from './resources/contacts';
import { cooperations } from './resources/cooperations';
import { eventSessions, events, labelAwards } from './resources/events';
import { countryGroups, groupMembers, groupOffices, groups, thematicGroups } from './resources/groups';
import { users } from './resources/users';
import { feeScales } from './resources/feeScales';
import { letterhead } from './resources/letterhead';
import { membershipFees } from './resources/membershipFees';
import { partners } from './resources/partners';
import { partnerships } from './resources/partnerships';
import { CHECK_IN_PATH, CheckInPage, IMPORT_PATH, ImportWizard, participations } from './resources/participations';

const ChangePasswordPage = lazy(() => import('./account/ChangePasswordPage'));

export interface AppProps {
  dataProvider?: DataProvider;
  authProvider?: AuthProvider;
  i18nProvider?: I18nProvider;
}

/**
 * The resources a role sees (its menu): ADMIN everything; STAFF the collectivities, contacts and
 * groups; a group president the same, read-only (and, from the API, only their groups, those
 * groups' members and the members' contacts). The API refuses the rest anyway; the
 * authProvider's canAccess hides the buttons of actions a role may not take.
 */
export function resourcesFor(role: Role | undefined) {
  const readOnly = role !== 'ADMIN' && role !== 'STAFF';
  const pages = <T extends object>(resource: T) => (readOnly ? { ...resource, edit: undefined, create: undefined } : resource);
  return [
    pages(collectivities),
    pages(contacts),
    pages(countryGroups),
    pages(thematicGroups),
    // no menu entry: read and changed from the pages above
    groups,
    groupMembers,
    groupOffices,
    positions,
    cooperations,
    ...(role === 'ADMIN' ? [users, apiTokens, auditEntries] : []),
    // partners and dues: the association's staff (the fee scale: administrators)
    ...(role === 'ADMIN' || role === 'STAFF' ? [partners, partnerships, membershipFees] : []),
    ...(role === 'ADMIN' ? [feeScales, letterhead] : []),
    // the Rencontres: the association's staff (a group president reads participations from his members' pages)
    ...(role === 'ADMIN' || role === 'STAFF' ? [events, eventSessions, labelAwards] : []),
    // who takes part in the Rencontres: the staff manage them, a group president reads his members'
    pages(participations),
  ];
}

export const App = ({ dataProvider, authProvider, i18nProvider = defaultI18nProvider }: AppProps) => {
  const provider = useMemo(() => dataProvider ?? createDataProvider({ i18nProvider }), [dataProvider, i18nProvider]);
  const auth = useMemo(
    () => authProvider ?? createAuthProvider({ translate: (key, options) => i18nProvider.translate(key, options) }),
    [authProvider, i18nProvider],
  );
  return (
    <Admin
      title="Territoria"
      dataProvider={provider}
      authProvider={auth}
      i18nProvider={i18nProvider}
      dashboard={Dashboard}
      layout={AppLayout}
      requireAuth
      disableTelemetry
    >
      {(permissions: Role | undefined) => (
        <>
          {resourcesFor(permissions).map((resource) => (
            <Resource key={resource.name} {...resource} />
          ))}
          <CustomRoutes>
            <Route path={CHANGE_PASSWORD_PATH} element={<ChangePasswordPage />} />
          </CustomRoutes>
          {/* an edition's check-in desk and registration import: the association's staff */}
          {(permissions === 'ADMIN' || permissions === 'STAFF') && (
            <CustomRoutes>
              <Route path={CHECK_IN_PATH} element={<CheckInPage />} />
              <Route path={IMPORT_PATH} element={<ImportWizard />} />
            </CustomRoutes>
          )}
        </>
      )}
    </Admin>
  );
};

export default App;
