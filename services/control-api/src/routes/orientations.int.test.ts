import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createTenant, createTestApp, snapshot, type TestApp } from '../testing/harness.js';

const cavisteYaml = await readFile(
  new URL('../../../../orientations/caviste.yaml', import.meta.url),
  'utf8',
);

let t: TestApp;
let shop: Awaited<ReturnType<typeof createTenant>>;
let base: string;
beforeAll(async () => {
  t = await createTestApp();
  shop = await createTenant(t);
  base = `/v1/tenants/${shop.id}/orientations`;
});
afterAll(async () => t?.close());

const as = (key: string) => ({ key });
const yaml = { 'content-type': 'application/yaml' };

/** A valid variant of the caviste with another slug. */
function variant(slug: string, patch: (doc: Record<string, unknown>) => void = () => {}) {
  const doc = parse(cavisteYaml) as Record<string, unknown>;
  doc.slug = slug;
  patch(doc);
  return doc;
}

describe('drafts', () => {
  it('creates from YAML, reads back as JSON and exports YAML that parses to the same document', async () => {
    const created = await t.call({
      method: 'POST',
      url: base,
      ...as(shop.key),
      headers: yaml,
      body: cavisteYaml.replace(/^slug: caviste$/m, 'slug: caviste-yaml'),
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({
      slug: 'caviste-yaml',
      currentVersion: null,
      hasUnpublishedChanges: true,
    });

    const json = await t.call({ method: 'GET', url: `${base}/caviste-yaml`, ...as(shop.key) });
    const exported = await t.call({
      method: 'GET',
      url: `${base}/caviste-yaml`,
      ...as(shop.key),
      headers: { accept: 'application/yaml' },
    });
    expect(exported.headers['content-type']).toMatch(/^application\/yaml/);
    expect(parse(exported.body)).toEqual(json.json().draft);
    // And YAML → JSON → YAML again: a second round trip changes nothing.
    await t.call({
      method: 'PUT',
      url: `${base}/caviste-yaml`,
      ...as(shop.key),
      headers: yaml,
      body: exported.body,
    });
    const again = await t.call({
      method: 'GET',
      url: `${base}/caviste-yaml`,
      ...as(shop.key),
      headers: { accept: 'application/yaml' },
    });
    expect(again.body).toBe(exported.body);
  });

  it('reports every problem of an invalid document at once, with YAML line numbers, and saves nothing', async () => {
    const before = await snapshot(t.db);
    const broken = cavisteYaml
      .replace(/^slug: caviste$/m, 'slug: caviste')
      .replace(/maxToolSteps: \d+/, 'maxToolSteps: beaucoup')
      .replace(/handler: catalog\.search/, 'handler: catalog.teleport');
    const response = await t.call({
      method: 'PUT',
      url: `${base}/caviste`,
      ...as(shop.key),
      headers: yaml,
      body: broken,
    });
    expect(response.statusCode).toBe(422);
    const details = response.json().error.details as { path: string; line?: number }[];
    const paths = details.map((d) => d.path);
    expect(paths).toContain('voice.maxToolSteps');
    expect(paths.some((p) => /^tools\[\d+\]\.handler$/.test(p))).toBe(true);
    const line = broken.split('\n').findIndex((l) => l.includes('maxToolSteps')) + 1;
    expect(details.find((d) => d.path === 'voice.maxToolSteps')?.line).toBe(line);
    expect(await snapshot(t.db)).toEqual(before);
  });

  it('answers YAML syntax errors with line and column', async () => {
    const response = await t.call({
      method: 'POST',
      url: base,
      ...as(shop.key),
      headers: yaml,
      body: 'slug: x\nname: [unclosed\n',
    });
    expect(response.statusCode).toBe(422);
    const [detail] = response.json().error.details;
    expect(detail.line).toBeGreaterThan(0);
    expect(detail.column).toBeGreaterThan(0);
  });

  it('refuses a slug change, a duplicate slug, and a stale If-Match', async () => {
    const renamed = await t.call({
      method: 'PUT',
      url: `${base}/caviste`,
      ...as(shop.key),
      body: variant('autre'),
    });
    expect(renamed.statusCode).toBe(422);
    const duplicate = await t.call({
      method: 'POST',
      url: base,
      ...as(shop.key),
      body: variant('caviste'),
    });
    expect(duplicate.statusCode).toBe(409);

    const loaded = await t.call({ method: 'GET', url: `${base}/caviste`, ...as(shop.key) });
    const etag = loaded.headers.etag as string;
    const first = await t.call({
      method: 'PUT',
      url: `${base}/caviste`,
      ...as(shop.key),
      headers: { 'if-match': etag },
      body: variant('caviste', (d) => {
        d.description = 'Première modification';
      }),
    });
    expect(first.statusCode).toBe(200);
    const stale = await t.call({
      method: 'PUT',
      url: `${base}/caviste`,
      ...as(shop.key),
      headers: { 'if-match': etag },
      body: variant('caviste', (d) => {
        d.description = 'Écrase la première';
      }),
    });
    expect(stale.statusCode).toBe(409);
    const kept = await t.call({ method: 'GET', url: `${base}/caviste`, ...as(shop.key) });
    expect(kept.json().draft.description).toBe('Première modification');
  });
});

describe('versions', () => {
  it('10 concurrent publishes give 10 consecutive versions', async () => {
    const before = (await t.call({ method: 'GET', url: `${base}/caviste`, ...as(shop.key) })).json()
      .currentVersion;
    const responses = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        t.call({
          method: 'POST',
          url: `${base}/caviste/publish`,
          ...as(shop.key),
          body: { note: `n${i}` },
        }),
      ),
    );
    expect(responses.map((r) => r.statusCode)).toEqual(Array(10).fill(201));
    const numbers = responses.map((r) => r.json().version).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 10 }, (_, i) => before + 1 + i));
    const rows = await t.db.orientationVersion.findMany({
      where: { tenantId: shop.id, orientation: { slug: 'caviste' } },
      orderBy: { version: 'asc' },
    });
    expect(rows.map((r) => r.version)).toEqual(
      Array.from({ length: before + 10 }, (_, i) => i + 1),
    );
  });

  it('diffs versions per field, rolls back as a new version, and keeps history', async () => {
    await t.call({
      method: 'PUT',
      url: `${base}/caviste`,
      ...as(shop.key),
      body: variant('caviste', (d) => {
        (d.prompt as { greeting: string }).greeting = 'Bonsoir !';
      }),
    });
    const preview = await t.call({
      method: 'GET',
      url: `${base}/caviste/diff?from=1&to=draft`,
      ...as(shop.key),
    });
    expect(preview.statusCode).toBe(200);
    expect(preview.json().changes).toContainEqual(
      expect.objectContaining({ path: 'prompt.greeting', kind: 'changed', after: 'Bonsoir !' }),
    );

    const published = await t.call({
      method: 'POST',
      url: `${base}/caviste/publish`,
      ...as(shop.key),
      body: {},
    });
    const n = published.json().version as number;
    const rollback = await t.call({
      method: 'POST',
      url: `${base}/caviste/rollback`,
      ...as(shop.key),
      body: { version: 1 },
    });
    expect(rollback.statusCode).toBe(201);
    expect(rollback.json()).toMatchObject({ version: n + 1, rolledBackFrom: 1, current: true });

    const current = await t.call({
      method: 'GET',
      url: `${base}/caviste/versions/${n + 1}`,
      ...as(shop.key),
    });
    const first = await t.call({
      method: 'GET',
      url: `${base}/caviste/versions/1`,
      ...as(shop.key),
    });
    expect(current.json().document).toEqual(first.json().document);
    const history = await t.call({
      method: 'GET',
      url: `${base}/caviste/versions?limit=2`,
      ...as(shop.key),
    });
    expect(history.json().items.map((v: { version: number }) => v.version)).toEqual([n + 1, n]);
    expect(history.json().nextCursor).toBe(String(n));
    const yamlVersion = await t.call({
      method: 'GET',
      url: `${base}/caviste/versions/1`,
      ...as(shop.key),
      headers: { accept: 'application/yaml' },
    });
    expect(parse(yamlVersion.body)).toEqual(first.json().document);

    const missing = await t.call({
      method: 'POST',
      url: `${base}/caviste/rollback`,
      ...as(shop.key),
      body: { version: 999 },
    });
    expect(missing.statusCode).toBe(404);
  });

  it('rejects version numbers and ids in write bodies', async () => {
    const publish = await t.call({
      method: 'POST',
      url: `${base}/caviste/publish`,
      ...as(shop.key),
      body: { version: 7 },
    });
    expect(publish.statusCode).toBe(400);
    const rollback = await t.call({
      method: 'POST',
      url: `${base}/caviste/rollback`,
      ...as(shop.key),
      body: { version: 1, tenantId: 'ten_other' },
    });
    expect(rollback.statusCode).toBe(400);
    const draft = await t.call({
      method: 'PUT',
      url: `${base}/caviste`,
      ...as(shop.key),
      body: variant('caviste', (d) => {
        d.tenantId = 'ten_other';
      }),
    });
    expect(draft.statusCode).toBe(422);
    expect(draft.json().error.details.map((x: { path: string }) => x.path)).toContain('tenantId');
  });

  it('records who changed and published what in the audit log', async () => {
    const audit = await t.call({
      method: 'GET',
      url: `/v1/tenants/${shop.id}/audit?limit=100`,
      ...as(shop.key),
    });
    const actions = audit.json().items.map((e: { action: string }) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'orientation.published',
        'orientation.rolled_back',
        'orientation.draft_updated',
      ]),
    );
    const published = audit
      .json()
      .items.find((e: { action: string }) => e.action === 'orientation.published');
    expect(published.actorKind).toBe('tenant');
    expect(published.actorKeyId).toMatch(/^key_/);
  });
});

describe('validate and tools', () => {
  it('validates any document and lists the handler catalogue', async () => {
    const ok = await t.call({
      method: 'POST',
      url: '/v1/orientations/validate',
      ...as(shop.key),
      headers: yaml,
      body: cavisteYaml,
    });
    expect(ok.json()).toEqual({ valid: true, issues: [] });
    const bad = await t.call({
      method: 'POST',
      url: '/v1/orientations/validate',
      ...as(shop.key),
      body: variant('x', (d) => {
        d.unknownField = 1;
      }),
    });
    expect(bad.json().valid).toBe(false);
    expect(bad.json().issues.map((i: { path: string }) => i.path)).toContain('unknownField');

    const tools = await t.call({ method: 'GET', url: '/v1/tools', ...as(shop.key) });
    const ids = tools.json().items.map((h: { id: string }) => h.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'catalog.search',
        'cart.add',
        'knowledge.ask',
        'session.end',
        'http',
      ]),
    );
  });
});
