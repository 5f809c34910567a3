import { initializeLogger } from '@livekit/agents';
import { beforeAll, describe, expect, it } from 'vitest';
import { ControlApiError } from '../control-api/control-api-error.js';
import { ConfigurationError } from '../errors.js';
import { loadSession, sessionIdFromMetadata } from '../session/bootstrap.js';
import { cavisteApi } from '../testing/fixtures.js';
import { VersionCache } from './version-cache.js';

beforeAll(() => initializeLogger({ pretty: false, level: 'warn' }));

const fetches = (api: ReturnType<typeof cavisteApi>) =>
  api.calls.filter((call) => call.method === 'orientationVersion').length;

describe('VersionCache', () => {
  it('fetches a version once, however many sessions ask for it at once or later', async () => {
    const api = cavisteApi();
    const cache = new VersionCache(api);
    const [a, b] = await Promise.all([cache.get('ver_1'), cache.get('ver_1')]);
    const c = await cache.get('ver_1');
    expect(a).toBe(b);
    expect(c).toBe(a);
    expect(fetches(api)).toBe(1);
    expect(a.orientation.slug).toBe('caviste');
  });

  it('forgets a failed fetch so that the next session retries', async () => {
    const api = cavisteApi();
    const cache = new VersionCache(api);
    await expect(cache.get('ver_missing')).rejects.toBeInstanceOf(ControlApiError);
    expect(cache.size).toBe(0);
    const published = api.versions.get('ver_1');
    if (!published) throw new Error('fixture has ver_1');
    api.versions.set('ver_missing', { ...published, id: 'ver_missing' });
    await expect(cache.get('ver_missing')).resolves.toMatchObject({ id: 'ver_missing' });
  });

  it('refuses an invalid document with a ConfigurationError', async () => {
    const api = cavisteApi({ document: { slug: 'broken' } });
    await expect(new VersionCache(api).get('ver_1')).rejects.toBeInstanceOf(ConfigurationError);
  });
});

describe('loadSession', () => {
  it('renders the pinned version with the tenant variables', async () => {
    const api = cavisteApi();
    const loaded = await loadSession({ api, versions: new VersionCache(api), sessionId: 'ses_1' });
    expect(loaded.version).toMatchObject({ id: 'ver_1', version: 1 });
    expect(loaded.variables.shop_name).toBe('La Cave Test');
    expect(loaded.rendered.prompt.greeting).toContain('La Cave Test');
    // The published orientation stays unrendered: tool parameters are derived from it.
    expect(loaded.orientation.prompt.greeting).toContain('{{shop_name}}');
  });

  it('a publish is seen by the next session, never by a running one', async () => {
    const api = cavisteApi();
    const versions = new VersionCache(api);
    const first = await loadSession({ api, versions, sessionId: 'ses_1' });
    const document = structuredClone(api.versions.get('ver_1')?.document) as { name: string };
    document.name = 'Caviste v2';
    api.versions.set('ver_2', { id: 'ver_2', slug: 'caviste', version: 2, document });
    api.bootstrapDocument.orientation = { versionId: 'ver_2', slug: 'caviste', version: 2 };
    const next = await loadSession({ api, versions, sessionId: 'ses_1' });
    expect(first.rendered.name).toBe('Caviste');
    expect(next.rendered.name).toBe('Caviste v2');
  });

  it('refuses a session that has ended', async () => {
    const api = cavisteApi();
    api.bootstrapDocument.session.status = 'ended';
    await expect(
      loadSession({ api, versions: new VersionCache(api), sessionId: 'ses_1' }),
    ).rejects.toBeInstanceOf(ConfigurationError);
  });
});

describe('sessionIdFromMetadata', () => {
  it('reads { sessionId } and refuses anything else', () => {
    expect(sessionIdFromMetadata('{"sessionId":"ses_1"}')).toBe('ses_1');
    expect(() => sessionIdFromMetadata('')).toThrow(ConfigurationError);
    expect(() => sessionIdFromMetadata('{"session":"x"}')).toThrow(ConfigurationError);
    expect(() => sessionIdFromMetadata(undefined)).toThrow(ConfigurationError);
  });
});
