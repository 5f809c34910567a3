import { Admin, CustomRoutes, localStorageStore, Resource } from 'react-admin';
import { createApiClient } from './api/client';
import { createSessionStore } from './auth/session-store';
import { feature as catalog } from './catalog';
import { loadConfig } from './config';
import { Dashboard } from './core/Dashboard';
import { ConsoleLayout } from './core/Layout';
import { LoginPage } from './core/LoginPage';
import { coreFeature } from './core/messages';
import { feature as keys } from './keys';
import { feature as knowledge } from './knowledge';
import { feature as orientations } from './orientations';
import { feature as partners } from './partners';
import { createAuthProvider } from './providers/authProvider';
import { createDataProvider } from './providers/dataProvider';
import type { ConsoleFeature } from './providers/feature';
import { createI18nProvider } from './providers/i18nProvider';
import { feature as sessions } from './sessions';
import { getCurrentTenantId, setCurrentTenantId } from './tenant/current-tenant';
import { feature as tenants } from './tenants';
import { feature as users } from './users';

// Menu order: the daily work first, administration last.
const features: ConsoleFeature[] = [
  orientations,
  catalog,
  knowledge,
  sessions,
  keys,
  users,
  tenants,
  partners,
];

const config = loadConfig();
const sessionStore = createSessionStore(localStorage);
const api = createApiClient({ baseUrl: config.apiUrl, getToken: sessionStore.token });
const authProvider = createAuthProvider({
  api,
  sessions: sessionStore,
  setTenant: setCurrentTenantId,
});
const dataProvider = createDataProvider({
  api,
  adapters: Object.assign({}, ...features.map((feature) => feature.adapters)),
  getTenantId: getCurrentTenantId,
});
const i18nProvider = createI18nProvider([coreFeature, ...features]);
const store = localStorageStore(undefined, 'scenaro-console');
const Login = () => <LoginPage takeExpired={sessionStore.takeExpired} />;

export function App() {
  return (
    <Admin
      disableTelemetry
      requireAuth
      title="Scenaro"
      authProvider={authProvider}
      dataProvider={dataProvider}
      i18nProvider={i18nProvider}
      store={store}
      layout={ConsoleLayout}
      loginPage={Login}
      dashboard={Dashboard}
    >
      {features.flatMap((feature) =>
        feature.resources.map((resource) => <Resource key={resource.name} {...resource} />),
      )}
      <CustomRoutes>{features.flatMap((feature) => feature.routes ?? [])}</CustomRoutes>
    </Admin>
  );
}
