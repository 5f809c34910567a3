import type { AddressInfo } from 'node:net';
import type { llm } from '@livekit/agents';
import { buildSearchText } from '../../../control-api/src/domain/catalog/search-text.js';
import { tenantCatalog } from '../../../control-api/src/domain/catalog/tenant-catalog.js';
import { ingestKnowledgeDocument } from '../../../control-api/src/domain/knowledge/ingest-document.js';
import {
  createTenant,
  createTestApp,
  type TestApp,
} from '../../../control-api/src/testing/harness.js';
import { HttpControlApi } from '../control-api/client.js';
import { VersionCache } from '../orientation/version-cache.js';
import { loadSession } from '../session/bootstrap.js';
import { createAgentSession } from '../session/create-agent-session.js';
import { RecordingStatePublisher } from '../state/state-publisher.js';
import type { TextSession } from './text-session.js';

/** A wine inserted in the real catalogue. */
export interface LiveWine {
  id: string;
  sku: string;
  name: string;
  priceCents: number;
  stock: number;
  description?: string;
  attributes: Record<string, unknown>;
}

export const SHOP_WINES: LiveWine[] = [
  {
    id: 'prd_brg',
    sku: 'BRG-01',
    name: 'Bourgogne Pinot Noir Les Ursulines',
    priceCents: 1890,
    stock: 12,
    description: 'Un pinot noir fruité et souple, idéal sur une volaille rôtie.',
    attributes: {
      color: 'rouge',
      region: 'Bourgogne',
      grapes: ['Pinot Noir'],
      vintage: 2021,
      pairings: ['volaille rôtie', 'charcuterie'],
    },
  },
  {
    id: 'prd_rho',
    sku: 'RHO-01',
    name: 'Côtes du Rhône Réserve',
    priceCents: 990,
    stock: 30,
    attributes: {
      color: 'rouge',
      region: 'Rhône',
      grapes: ['Grenache', 'Syrah'],
      vintage: 2022,
      pairings: ['grillades', 'pizza'],
    },
  },
  {
    id: 'prd_als',
    sku: 'ALS-01',
    name: 'Riesling Grand Cru Schlossberg',
    priceCents: 2900,
    stock: 6,
    attributes: {
      color: 'blanc',
      region: 'Alsace',
      grapes: ['Riesling'],
      vintage: 2020,
      pairings: ['choucroute', 'poisson'],
    },
  },
];

export const FOREIGN_WINE: LiveWine = {
  id: 'prd_foreign',
  sku: 'FOR-01',
  name: 'Bourgogne Pinot Noir Étranger',
  priceCents: 1500,
  stock: 50,
  attributes: { color: 'rouge', region: 'Bourgogne', pairings: ['volaille rôtie'] },
};

/** The real control API on its own database, listening on a local port, with two shops. */
export interface LiveWorld {
  t: TestApp;
  baseUrl: string;
  runtimeKey: string;
  shop: Awaited<ReturnType<typeof createTenant>>;
  other: Awaited<ReturnType<typeof createTenant>>;
  /** The runtime's real client, and one version cache shared by every session (as a worker). */
  api: HttpControlApi;
  versions: VersionCache;
  newSession(tenant?: { id: string; key: string }): Promise<string>;
  start(llm: llm.LLM, sessionId: string): Promise<TextSession>;
  insertDocument(tenantId: string, id: string, title: string, content: string): Promise<void>;
  close(): Promise<void>;
}

async function insertWine(t: TestApp, tenantId: string, wine: LiveWine) {
  const orientation = await tenantCatalog({ db: t.db, tenantId });
  await t.db.product.create({
    data: {
      id: wine.id,
      tenantId,
      sku: wine.sku,
      name: wine.name,
      description: wine.description ?? '',
      priceCents: wine.priceCents,
      stock: wine.stock,
      attributes: wine.attributes as object,
      searchText: buildSearchText(
        { ...wine, description: wine.description ?? '', tags: [] },
        orientation.catalog,
      ),
    },
  });
}

export const DELIVERY_DOC = `# Livraison

Nous livrons à domicile dans toute la métropole lyonnaise sous 48 heures. La livraison est offerte dès 150 euros d'achat ; en dessous, elle coûte 9 euros. ${'Les bouteilles voyagent dans des cartons renforcés. '.repeat(10)}

# Retrait en boutique

Le click and collect est gratuit : commandez en ligne et retirez vos bouteilles le lendemain.
`;

/**
 * Builds the world: app listening, shop and other tenant, catalogue, a knowledge document.
 * `options.beforeReady` can hook the app before it starts (e.g. to log the runtime's requests).
 */
export async function createLiveWorld(
  options: Parameters<typeof createTestApp>[1] = {},
): Promise<LiveWorld> {
  const t = await createTestApp({}, options);
  try {
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = t.app.server.address() as AddressInfo;
    const baseUrl = `http://127.0.0.1:${port}`;
    const shop = await createTenant(t, t.adminKey, 'Shop');
    const other = await createTenant(t, t.adminKey, 'Other');
    const key = await t.call({
      method: 'POST',
      url: '/v1/keys',
      body: { name: 'runtime', kind: 'runtime' },
    });
    if (key.statusCode !== 201) throw new Error(`runtime key: ${key.body}`);
    const runtimeKey = key.json().secret as string;
    for (const wine of SHOP_WINES) await insertWine(t, shop.id, wine);
    await insertWine(t, other.id, FOREIGN_WINE);
    const insertDocument = async (tenantId: string, id: string, title: string, content: string) => {
      await t.db.knowledgeDocument.create({
        data: { id, tenantId, title, contentType: 'text/markdown', content },
      });
      await ingestKnowledgeDocument({
        db: t.db,
        tenantId,
        documentId: id,
        jobId: `job_${id}`,
        isLastAttempt: true,
      });
    };
    await insertDocument(shop.id, 'kdoc_shop', 'Conditions de vente', DELIVERY_DOC);
    const api = new HttpControlApi({ baseUrl, runtimeKey });
    const versions = new VersionCache(api);
    const newSession = async (tenant: { id: string; key: string } = shop) => {
      const response = await t.call({
        method: 'POST',
        url: `/v1/tenants/${tenant.id}/sessions`,
        key: tenant.key,
      });
      if (response.statusCode !== 201) throw new Error(`session: ${response.body}`);
      return response.json().sessionId as string;
    };
    return {
      t,
      baseUrl,
      runtimeKey,
      shop,
      other,
      api,
      versions,
      newSession,
      async start(llm, sessionId) {
        // As startTextSession, but through the real client and one shared version cache.
        const loaded = await loadSession({ api, versions, sessionId });
        const publisher = new RecordingStatePublisher();
        const built = createAgentSession({
          api,
          loaded,
          pipeline: {
            llm,
            vad: null,
            turnHandling: { turnDetection: null },
            maxToolSteps: loaded.rendered.voice.maxToolSteps,
          },
          publisher,
        });
        await built.session.start({ agent: built.agent });
        return { ...built, loaded, publisher };
      },
      insertDocument,
      close: () => t.close(),
    };
  } catch (error) {
    await t.close();
    throw error;
  }
}

/** Every row a runtime call could touch, to prove a refused or hostile call changed nothing. */
export async function tables(t: TestApp) {
  const [products, sessions, selection, cart, events, documents] = await Promise.all([
    t.db.product.findMany({ orderBy: { id: 'asc' } }),
    t.db.session.findMany({ orderBy: { id: 'asc' } }),
    t.db.selectionItem.findMany({ orderBy: [{ sessionId: 'asc' }, { productId: 'asc' }] }),
    t.db.cartLine.findMany({ orderBy: [{ sessionId: 'asc' }, { productId: 'asc' }] }),
    t.db.sessionEvent.findMany({
      orderBy: { id: 'asc' },
      select: { id: true, sessionId: true, type: true },
    }),
    t.db.knowledgeDocument.count(),
  ]);
  return { products, sessions, selection, cart, events, documents };
}
