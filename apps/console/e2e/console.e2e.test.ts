import { afterAll, beforeAll } from 'vitest';
import { registerAccessFlows } from './flows/access.flows';
import { registerDataFlows } from './flows/data.flows';
import { registerOrientationFlows } from './flows/orientations.flows';
import { ctx, setUpConsole, tearDownConsole } from './harness';

// The console in real Chromium against the real control API and Postgres: one build, one API,
// one browser for every flow (building takes most of the time on these machines).

beforeAll(setUpConsole, 300_000);
afterAll(tearDownConsole, 60_000);

registerAccessFlows(ctx);
registerOrientationFlows(ctx);
registerDataFlows(ctx);
