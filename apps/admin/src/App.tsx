import { lazy, useMemo } from 'react';
import { Route } from 'react-router-dom';
import { Admin, CustomRoutes, Resource, type AuthProvider, type DataProvider, type I18nProvider } from 'react-admin';
import { Dashboard } from './Dashboard';
import { i18nProvider as defaultI18nProvider } from './i18n/i18nProvider';
import { AppLayout, CHANGE_PASSWORD_PATH } from './layout/AppLayout';
import { createAuthProvider, type Role } from './providers/authProvider';
import { createDataProvider } from './providers/dataProvider';
import { CONSOLE_RESOURCES } from './resources';
import { pagesFor } from './resources/consoleResource';
import { CHECK_IN_PATH, CheckInPage, IMPORT_PATH, ImportWizard } from './resources/participations';

const ChangePasswordPage = lazy(() => import('./account/ChangePasswordPage'));

export interface AppProps {
  dataProvider?: DataProvider;
  authProvider?: AuthProvider;
  i18nProvider?: I18nProvider;
}

/**
 * The resources a role sees (its menu) and their pages, as each resource's folder says (its
 * `access`): a role left out of a resource's access does not get it, a page whose action the
 * role may not take (a group president's edit and create) is left out. The API refuses the rest
 * anyway; the authProvider's canAccess hides the buttons of actions a role may not take.
 */
export function resourcesFor(role: Role | undefined) {
  return CONSOLE_RESOURCES.flatMap((resource) => {
    const access = role ? resource.access[role] : undefined;
    return access ? [pagesFor(resource, access)] : [];
  });
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
