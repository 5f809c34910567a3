import { useMemo } from 'react';
import { type ApiClient, createApiClient } from '../../api/client';
import { createSessionStore } from '../../auth/session-store';
import { loadConfig } from '../../config';

// The editor needs more than react-admin's CRUD verbs (ETags, YAML validation, publish, diff,
// streaming playground turns), so it talks to the API with the console's own client, with the
// token of the session store the auth provider writes (src/auth/session-store.ts).

let clients: { api: ApiClient; playground: ApiClient } | undefined;

function createClients(): { api: ApiClient; playground: ApiClient } {
  const config = loadConfig();
  const sessions = createSessionStore(localStorage);
  const getToken = () => sessions.token();
  return {
    api: createApiClient({ baseUrl: config.apiUrl, getToken }),
    playground: createApiClient({ baseUrl: config.playgroundUrl, getToken }),
  };
}

/** The control API and playground clients, signed in as the console user. */
export function useClients(): { api: ApiClient; playground: ApiClient } {
  return useMemo(() => {
    clients ??= createClients();
    return clients;
  }, []);
}
