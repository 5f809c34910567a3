import { fileURLToPath } from 'node:url';
import { cli, ServerOptions } from '@livekit/agents';
import { loadConfig } from './env.js';

const config = loadConfig();
const missing = (['LIVEKIT_URL', 'LIVEKIT_API_KEY', 'LIVEKIT_API_SECRET'] as const).filter(
  (name) => !config[name],
);
if (missing.length > 0) {
  console.error(
    `The agent worker needs a LiveKit server: set ${missing.join(', ')} (e.g. LIVEKIT_URL=ws://127.0.0.1:7880 with the server's API key and secret), then run npm start again.`,
  );
  process.exit(1);
}
if (!config.SCENARO_RUNTIME_KEY) {
  console.error('The agent worker needs SCENARO_RUNTIME_KEY, a runtime key of the control API.');
  process.exit(1);
}

// Job processes are forked from agent.ts; under tsx the SDK forks them with this process's
// execArgv, so `node --import tsx` carries over and they can import TypeScript.
cli.runApp(
  new ServerOptions({
    agent: fileURLToPath(new URL('./agent.ts', import.meta.url)),
    agentName: config.AGENT_NAME,
    wsURL: config.LIVEKIT_URL,
    apiKey: config.LIVEKIT_API_KEY,
    apiSecret: config.LIVEKIT_API_SECRET,
    numIdleProcesses: config.NUM_IDLE_PROCESSES,
    // A job process imports agent.ts and every plugin through tsx, then loads Silero: that
    // can exceed the SDK's 10 s default on a busy two-core machine.
    initializeProcessTimeout: 30_000,
    port: config.HEALTH_PORT,
  }),
);
