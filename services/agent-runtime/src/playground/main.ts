import { initializeLogger } from '@livekit/agents';
import { HttpControlApi } from '../control-api/client.js';
import { loadConfig } from '../env.js';
import { VersionCache } from '../orientation/version-cache.js';
import { PlaygroundSessions } from './playground-sessions.js';
import { buildPlaygroundApp } from './server.js';

const config = loadConfig();
if (!config.SCENARO_RUNTIME_KEY) {
  console.error('The playground needs SCENARO_RUNTIME_KEY, a runtime key of the control API.');
  process.exit(1);
}

initializeLogger({ pretty: false, level: 'info' });
const api = new HttpControlApi({
  baseUrl: config.CONTROL_API_URL,
  runtimeKey: config.SCENARO_RUNTIME_KEY,
});
const sessions = new PlaygroundSessions({
  controlApiUrl: config.CONTROL_API_URL,
  api,
  // One long-lived process: published versions are fetched once for every session.
  versions: new VersionCache(api),
  keys: config,
  maxSessions: config.PLAYGROUND_MAX_SESSIONS,
});
const app = await buildPlaygroundApp({ sessions, corsOrigins: config.CORS_ORIGINS });

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await app.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

await app.listen({ host: config.PLAYGROUND_HOST, port: config.PLAYGROUND_PORT });
