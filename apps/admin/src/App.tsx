import { useMemo } from 'react';
import { Admin, Resource, type DataProvider, type I18nProvider } from 'react-admin';
import { Dashboard } from './Dashboard';
import { i18nProvider as defaultI18nProvider } from './i18n/i18nProvider';
import { createDataProvider } from './providers/dataProvider';
import { collectivities } from './resources/collectivities';

export interface AppProps {
  dataProvider?: DataProvider;
  i18nProvider?: I18nProvider;
}

export const App = ({ dataProvider, i18nProvider = defaultI18nProvider }: AppProps) => {
  const provider = useMemo(() => dataProvider ?? createDataProvider({ i18nProvider }), [dataProvider, i18nProvider]);
  return (
    <Admin
      title="Territoria"
      dataProvider={provider}
      i18nProvider={i18nProvider}
      dashboard={Dashboard}
      requireAuth={false}
      disableTelemetry
    >
      <Resource {...collectivities} />
    </Admin>
  );
};

export default App;
