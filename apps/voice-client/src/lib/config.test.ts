import { describe, expect, it } from 'vitest';
import { readConfig } from './config';

describe('readConfig', () => {
  it('prefers the URL over the build environment', () => {
    const config = readConfig('?tenant=ten_url&key=pub_url&api=http://api.test:9000/', {
      VITE_SCENARO_API_URL: 'http://env.test',
      VITE_SCENARO_TENANT_ID: 'ten_env',
      VITE_SCENARO_PUBLISHABLE_KEY: 'pub_env',
    });
    expect(config).toMatchObject({
      apiUrl: 'http://api.test:9000',
      tenantId: 'ten_url',
      publishableKey: 'pub_url',
      demo: null,
    });
  });

  it('falls back to the build environment, then to port 8080 of the page host', () => {
    expect(readConfig('', { VITE_SCENARO_TENANT_ID: 'ten_env' })).toMatchObject({
      apiUrl: 'http://127.0.0.1:8080',
      tenantId: 'ten_env',
      publishableKey: null,
    });
    expect(readConfig('', {}, { protocol: 'https:', hostname: 'shop.example' }).apiUrl).toBe(
      'https://shop.example:8080',
    );
  });

  it('reads the replay demo and its speed, ignoring nonsense', () => {
    expect(readConfig('?demo=replay&speed=4', {})).toMatchObject({
      demo: 'replay',
      replaySpeed: 4,
    });
    expect(readConfig('?demo=other&speed=-1&agentTimeout=x', {})).toMatchObject({
      demo: null,
      replaySpeed: 1,
      agentTimeoutMs: 20_000,
    });
  });
});
