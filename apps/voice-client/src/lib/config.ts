/** Where the client finds its shop: from the page's URL first, then the build's environment. */
export interface ClientConfig {
  apiUrl: string;
  tenantId: string | null;
  publishableKey: string | null;
  /** `?demo=replay`: play a recorded conversation instead of joining a room. */
  demo: 'replay' | null;
  /** Replay speed multiplier (`?speed=4` plays four times faster). */
  replaySpeed: number;
  /** How long to wait for the agent to join before saying so. */
  agentTimeoutMs: number;
}

export interface BuildEnv {
  VITE_SCENARO_API_URL?: string | undefined;
  VITE_SCENARO_TENANT_ID?: string | undefined;
  VITE_SCENARO_PUBLISHABLE_KEY?: string | undefined;
}

const DEFAULT_AGENT_TIMEOUT_MS = 20_000;

function positive(value: string | null, fallback: number): number {
  const number = value === null ? Number.NaN : Number(value);
  return Number.isFinite(number) && number > 0 ? number : fallback;
}

/** Reads `?tenant=…&key=pub_…&api=…&demo=replay&speed=…&agentTimeout=…` over the build env. */
export function readConfig(
  search: string,
  env: BuildEnv,
  location: { protocol: string; hostname: string } = { protocol: 'http:', hostname: '127.0.0.1' },
): ClientConfig {
  const params = new URLSearchParams(search);
  const pick = (name: string, fallback: string | undefined) => {
    const value = params.get(name)?.trim() || fallback?.trim();
    return value ? value : null;
  };
  const apiUrl =
    pick('api', env.VITE_SCENARO_API_URL) ?? `${location.protocol}//${location.hostname}:8080`;
  return {
    apiUrl: apiUrl.replace(/\/+$/, ''),
    tenantId: pick('tenant', env.VITE_SCENARO_TENANT_ID),
    publishableKey: pick('key', env.VITE_SCENARO_PUBLISHABLE_KEY),
    demo: params.get('demo') === 'replay' ? 'replay' : null,
    replaySpeed: positive(params.get('speed'), 1),
    agentTimeoutMs: positive(params.get('agentTimeout'), DEFAULT_AGENT_TIMEOUT_MS / 1000) * 1000,
  };
}
