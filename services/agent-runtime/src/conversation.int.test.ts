import { initializeLogger, voice } from '@livekit/agents';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createLiveWorld, type LiveWorld } from './testing/live-control-api.js';
import { expectToolCall } from './testing/run-helpers.js';
import { ScriptedLLM, type ScriptedStep } from './testing/scripted-llm.js';
import type { TextSession } from './testing/text-session.js';

let w: LiveWorld;
let running: TextSession | undefined;

beforeAll(async () => {
  initializeLogger({ pretty: false, level: 'warn' });
  w = await createLiveWorld();
});
afterAll(async () => w?.close());
afterEach(async () => {
  await running?.session.close();
  running = undefined;
});

const call = (name: string, args: Record<string, unknown> = {}): ScriptedStep => ({
  toolCalls: [{ name, args }],
});

/** A fresh session of the shop, its agent started through the real client. */
async function open(steps: ScriptedStep[]) {
  const sessionId = await w.newSession();
  const llm = new ScriptedLLM(steps);
  running = await w.start(llm, sessionId);
  return { sessionId, llm, session: running };
}

/** One user turn where the LLM calls `name` once, then answers. */
async function oneToolTurn(name: string, args: Record<string, unknown>, sessionId?: string) {
  const llm = new ScriptedLLM([call(name, args), { text: 'Voilà.' }]);
  const id = sessionId ?? (await w.newSession());
  running = await w.start(llm, id);
  const result = await running.session.run({ userInput: 'Bonjour' }).wait();
  const tool = expectToolCall(result, name);
  expect(tool.rawArgs).toEqual(args);
  result.expect.nextEvent().isMessage({ role: 'assistant' });
  result.expect.noMoreEvents();
  await running.events.flush();
  return { ...tool, sessionId: id, llm, published: running.publisher.published };
}

async function dbState(sessionId: string) {
  const [selection, cart, session, events] = await Promise.all([
    w.t.db.selectionItem.findMany({ where: { sessionId }, orderBy: { productId: 'asc' } }),
    w.t.db.cartLine.findMany({ where: { sessionId }, orderBy: { productId: 'asc' } }),
    w.t.db.session.findUniqueOrThrow({ where: { id: sessionId } }),
    w.t.db.sessionEvent.findMany({ where: { sessionId }, orderBy: { createdAt: 'asc' } }),
  ]);
  return { selection, cart, session, events };
}

const toolEvents = (events: { type: string; payload: unknown }[]) =>
  events.filter((event) => event.type === 'tool.call');

/** The tool.call event the runtime wrote for `name`, read back from the database. */
async function toolEvent(sessionId: string, name: string) {
  const { events } = await dbState(sessionId);
  const found = toolEvents(events).filter(
    (event) => (event.payload as { name?: string }).name === name,
  );
  expect(found).toHaveLength(1);
  return found[0]?.payload as {
    name: string;
    arguments: unknown;
    isError: boolean;
    output: string;
  };
}

describe('each of the 16 caviste tools once, through the real client and API', () => {
  it("search_wines: only this tenant's wines, compact", async () => {
    const r = await oneToolTurn('search_wines', { query: 'pinot noir' });
    expect(r.isError).toBe(false);
    expect(r.output).toEqual({
      items: [
        {
          productId: 'prd_brg',
          sku: 'BRG-01',
          name: 'Bourgogne Pinot Noir Les Ursulines',
          price: 18.9,
          currency: 'EUR',
          inStock: true,
          attributes: {
            color: 'rouge',
            region: 'Bourgogne',
            grapes: ['Pinot Noir'],
            vintage: 2021,
          },
        },
      ],
      total: 1,
      more: false,
    });
    expect(r.published).toEqual([]);
    expect(await toolEvent(r.sessionId, 'search_wines')).toMatchObject({
      arguments: { query: 'pinot noir' },
      isError: false,
    });
  });

  it('get_wine_details', async () => {
    const r = await oneToolTurn('get_wine_details', { productId: 'prd_brg' });
    expect(r.output).toMatchObject({
      product: {
        productId: 'prd_brg',
        stock: 12,
        description: 'Un pinot noir fruité et souple, idéal sur une volaille rôtie.',
        attributes: { pairings: ['volaille rôtie', 'charcuterie'] },
      },
    });
    expect(r.published).toEqual([]);
  });

  it('list_catalog_options', async () => {
    const r = await oneToolTurn('list_catalog_options', { attribute: 'color' });
    expect(r.output).toEqual({
      inStock: 3,
      facets: [
        {
          attribute: 'color',
          label: 'Couleur',
          values: [
            { value: 'rouge', count: 2 },
            { value: 'blanc', count: 1 },
          ],
        },
      ],
      price: { min: 9.9, max: 29, currency: 'EUR' },
    });
  });

  it('suggest_food_pairing', async () => {
    const r = await oneToolTurn('suggest_food_pairing', { dish: 'choucroute' });
    expect(r.output).toMatchObject({ dish: 'choucroute', items: [{ productId: 'prd_als' }] });
    expect((r.output as { items: unknown[] }).items).toHaveLength(1);
  });

  it('suggest_for_occasion: quantities and total, nothing added to the cart', async () => {
    const r = await oneToolTurn('suggest_for_occasion', {
      occasion: 'barbecue entre amis',
      guests: 8,
    });
    expect(r.output).toMatchObject({ occasion: 'barbecue entre amis', guests: 8, currency: 'EUR' });
    const out = r.output as { items: { productId: string; quantity: number; price: number }[] };
    expect(out.items.map((item) => item.productId)).not.toContain('prd_foreign');
    expect((r.output as { total: number }).total).toBeCloseTo(
      out.items.reduce((sum, item) => sum + item.price * item.quantity, 0),
      2,
    );
    expect((await dbState(r.sessionId)).cart).toEqual([]);
  });

  it('compare_wines', async () => {
    const r = await oneToolTurn('compare_wines', { productIds: ['prd_brg', 'prd_rho'] });
    expect(r.isError).toBe(false);
    const items = (r.output as { items: { productId: string }[] }).items;
    expect(items.map((item) => item.productId)).toEqual(['prd_brg', 'prd_rho']);
  });

  it('add_to_selection: a selection row, published state equal to the database', async () => {
    const r = await oneToolTurn('add_to_selection', {
      productId: 'prd_brg',
      note: 'pour le poulet',
    });
    expect(r.output).toEqual({
      changed: true,
      selection: {
        count: 1,
        items: [
          {
            productId: 'prd_brg',
            name: 'Bourgogne Pinot Noir Les Ursulines',
            price: 18.9,
            currency: 'EUR',
            note: 'pour le poulet',
          },
        ],
      },
    });
    const db = await dbState(r.sessionId);
    expect(db.selection).toMatchObject([{ productId: 'prd_brg', note: 'pour le poulet' }]);
    expect(db.session.revision).toBe(1);
    expect(r.published).toEqual([
      {
        selection: [
          {
            productId: 'prd_brg',
            sku: 'BRG-01',
            name: 'Bourgogne Pinot Noir Les Ursulines',
            priceCents: 1890,
            currency: 'EUR',
            note: 'pour le poulet',
          },
        ],
        cart: { lines: [], totalCents: 0, currency: 'EUR' },
        revision: 1,
      },
    ]);
    expect(db.events.map((event) => event.type)).toContain('selection.added');
    expect(await toolEvent(r.sessionId, 'add_to_selection')).toMatchObject({ isError: false });
  });

  it('remove_from_selection', async () => {
    const sessionId = await w.newSession();
    await w.api.addToSelection(sessionId, { productId: 'prd_rho' });
    await w.api.addToSelection(sessionId, { productId: 'prd_brg' });
    const r = await oneToolTurn('remove_from_selection', { productId: 'prd_rho' }, sessionId);
    expect(r.output).toMatchObject({ changed: true, selection: { count: 1 } });
    const db = await dbState(sessionId);
    expect(db.selection.map((item) => item.productId)).toEqual(['prd_brg']);
    expect(r.published).toMatchObject([{ selection: [{ productId: 'prd_brg' }], revision: 3 }]);
  });

  it('show_selection reads without publishing', async () => {
    const sessionId = await w.newSession();
    await w.api.addToSelection(sessionId, { productId: 'prd_als', note: 'cadeau' });
    const r = await oneToolTurn('show_selection', {}, sessionId);
    expect(r.output).toEqual({
      selection: {
        count: 1,
        items: [
          {
            productId: 'prd_als',
            name: 'Riesling Grand Cru Schlossberg',
            price: 29,
            currency: 'EUR',
            note: 'cadeau',
          },
        ],
      },
    });
    expect(r.published).toEqual([]);
  });

  it('add_to_cart: a cart line with its quantity and price', async () => {
    const r = await oneToolTurn('add_to_cart', { productId: 'prd_rho', quantity: 3 });
    expect(r.output).toEqual({
      line: { productId: 'prd_rho', name: 'Côtes du Rhône Réserve', quantity: 3 },
      cart: {
        lines: [
          {
            productId: 'prd_rho',
            name: 'Côtes du Rhône Réserve',
            quantity: 3,
            unitPrice: 9.9,
            lineTotal: 29.7,
          },
        ],
        bottles: 3,
        total: 29.7,
        currency: 'EUR',
      },
    });
    const db = await dbState(r.sessionId);
    expect(db.cart).toMatchObject([{ productId: 'prd_rho', quantity: 3, unitPriceCents: 990 }]);
    expect(r.published).toEqual([
      {
        selection: [],
        cart: {
          lines: [
            {
              productId: 'prd_rho',
              sku: 'RHO-01',
              name: 'Côtes du Rhône Réserve',
              quantity: 3,
              unitPriceCents: 990,
              lineTotalCents: 2970,
            },
          ],
          totalCents: 2970,
          currency: 'EUR',
        },
        revision: 1,
      },
    ]);
    expect(db.events.map((event) => event.type)).toContain('cart.added');
  });

  it('update_cart_quantity sets the total quantity', async () => {
    const sessionId = await w.newSession();
    await w.api.addToCart(sessionId, { productId: 'prd_rho', quantity: 3 });
    const r = await oneToolTurn(
      'update_cart_quantity',
      { productId: 'prd_rho', quantity: 6 },
      sessionId,
    );
    expect(r.output).toMatchObject({ line: { quantity: 6 }, cart: { bottles: 6, total: 59.4 } });
    expect((await dbState(sessionId)).cart).toMatchObject([{ productId: 'prd_rho', quantity: 6 }]);
    expect(r.published).toMatchObject([
      { cart: { lines: [{ quantity: 6 }], totalCents: 5940 }, revision: 2 },
    ]);
  });

  it('remove_from_cart deletes the line', async () => {
    const sessionId = await w.newSession();
    await w.api.addToCart(sessionId, { productId: 'prd_als', quantity: 2 });
    await w.api.addToCart(sessionId, { productId: 'prd_rho', quantity: 1 });
    const r = await oneToolTurn('remove_from_cart', { productId: 'prd_als' }, sessionId);
    expect(r.output).toMatchObject({ line: null, cart: { bottles: 1, total: 9.9 } });
    expect((await dbState(sessionId)).cart.map((line) => line.productId)).toEqual(['prd_rho']);
    expect(r.published).toMatchObject([{ cart: { totalCents: 990 }, revision: 3 }]);
  });

  it('show_cart reads without publishing', async () => {
    const sessionId = await w.newSession();
    await w.api.addToCart(sessionId, { productId: 'prd_als', quantity: 2 });
    const r = await oneToolTurn('show_cart', {}, sessionId);
    expect(r.output).toEqual({
      cart: {
        lines: [
          {
            productId: 'prd_als',
            name: 'Riesling Grand Cru Schlossberg',
            quantity: 2,
            unitPrice: 29,
            lineTotal: 58,
          },
        ],
        bottles: 2,
        total: 58,
        currency: 'EUR',
      },
    });
    expect(r.published).toEqual([]);
  });

  it('ask_knowledge_base_question: passages of this tenant', async () => {
    const r = await oneToolTurn('ask_knowledge_base_question', {
      question: 'Combien coûte la livraison à domicile ?',
    });
    expect(r.output).toMatchObject({
      noGoodAnswer: false,
      answers: [{ heading: 'Livraison', documentTitle: 'Conditions de vente' }],
    });
    expect(JSON.stringify(r.output)).toContain('150 euros');
  });

  it('get_shop_information: answered from the tenant variables, no API tool call', async () => {
    const r = await oneToolTurn('get_shop_information', { topic: 'opening_hours' });
    expect(r.output).toEqual({
      information: { opening_hours: expect.stringContaining('Du mardi au samedi') },
    });
    expect(await toolEvent(r.sessionId, 'get_shop_information')).toMatchObject({
      isError: false,
    });
  });

  it('end_conversation: session ended in the database, agent session closed', async () => {
    const sessionId = await w.newSession();
    const llm = new ScriptedLLM([
      {
        text: 'Au revoir !',
        toolCalls: [{ name: 'end_conversation', args: { reason: 'client a pris congé' } }],
      },
      { text: '' },
    ]);
    running = await w.start(llm, sessionId);
    const closed = new Promise((resolve) =>
      running?.session.once(voice.AgentSessionEventTypes.Close, resolve),
    );
    const result = await running.session.run({ userInput: 'Merci, au revoir' }).wait();
    // The farewell and the tool call come from one LLM response: the SDK records them in the
    // order they complete, which varies, so neither is asserted to come first.
    result.expect.containsMessage({ role: 'assistant' });
    result.expect.containsFunctionCall({ name: 'end_conversation' });
    const output = result.expect.containsFunctionCallOutput().event().item.output;
    expect(JSON.parse(output)).toEqual({ ended: true });
    await expect(closed).resolves.toMatchObject({ reason: 'agent_ended_conversation' });
    await running.events.flush();
    const db = await dbState(sessionId);
    expect(db.session.status).toBe('ended');
    expect(db.session.endedAt).not.toBeNull();
    expect(db.events.map((event) => event.type)).toEqual(
      expect.arrayContaining(['transcript.user', 'tool.call']),
    );
    // An ended session refuses writes, and cannot be bootstrapped again.
    await expect(
      w.api.addToCart(sessionId, { productId: 'prd_rho', quantity: 1 }),
    ).rejects.toMatchObject({
      status: 409,
    });
    await expect(w.start(new ScriptedLLM([]), sessionId)).rejects.toThrow(/ended/);
  });
});

describe('one full conversation', () => {
  it('search → pairing → selection → cart → knowledge → end', async () => {
    const { sessionId, llm, session } = await open([
      call('search_wines', { color: 'rouge', priceMax: 20 }),
      { text: 'J’ai deux rouges à vous proposer.' },
      call('suggest_food_pairing', { dish: 'poulet rôti' }),
      { text: 'Le Bourgogne ira très bien avec la volaille rôtie.' },
      call('add_to_selection', { productId: 'prd_brg', note: 'poulet du dimanche' }),
      { text: 'Je l’ai noté dans votre sélection.' },
      call('add_to_cart', { productId: 'prd_brg', quantity: 2 }),
      { text: 'Deux bouteilles au panier.' },
      call('ask_knowledge_base_question', { question: 'Combien coûte la livraison à domicile ?' }),
      { text: 'La livraison est offerte dès 150 euros.' },
      {
        text: 'Merci, à bientôt !',
        toolCalls: [{ name: 'end_conversation', args: { reason: 'client a pris congé' } }],
      },
      { text: '' },
    ]);
    const turn = async (userInput: string, tool: string) => {
      const result = await session.session.run({ userInput }).wait();
      const out = expectToolCall(result, tool);
      result.expect.nextEvent().isMessage({ role: 'assistant' });
      result.expect.noMoreEvents();
      expect(out.isError).toBe(false);
      return out.output;
    };
    const search = (await turn('Un rouge à moins de 20 euros ?', 'search_wines')) as {
      items: { productId: string }[];
    };
    expect(search.items.map((item) => item.productId).sort()).toEqual(['prd_brg', 'prd_rho']);
    const pairing = (await turn('Pour un poulet rôti ?', 'suggest_food_pairing')) as {
      items: { productId: string }[];
    };
    expect(pairing.items.map((item) => item.productId)).toContain('prd_brg');
    await turn('Notez le Bourgogne.', 'add_to_selection');
    await turn('J’en prends deux.', 'add_to_cart');
    const knowledge = await turn('Et la livraison ?', 'ask_knowledge_base_question');
    expect(knowledge).toMatchObject({ noGoodAnswer: false });
    const closed = new Promise((resolve) =>
      session.session.once(voice.AgentSessionEventTypes.Close, resolve),
    );
    const last = await session.session.run({ userInput: 'Merci, au revoir.' }).wait();
    // Farewell and tool call from one response: recorded in either order (see above).
    last.expect.containsMessage({ role: 'assistant' });
    last.expect.containsFunctionCall({ name: 'end_conversation' });
    await closed;
    await session.events.flush();

    const db = await dbState(sessionId);
    expect(db.selection).toMatchObject([{ productId: 'prd_brg', note: 'poulet du dimanche' }]);
    expect(db.cart).toMatchObject([{ productId: 'prd_brg', quantity: 2, unitPriceCents: 1890 }]);
    expect(db.session).toMatchObject({ status: 'ended', revision: 2 });
    expect(toolEvents(db.events).map((event) => (event.payload as { name: string }).name)).toEqual([
      'search_wines',
      'suggest_food_pairing',
      'add_to_selection',
      'add_to_cart',
      'ask_knowledge_base_question',
      'end_conversation',
    ]);
    expect(db.events.filter((event) => event.type === 'transcript.user')).toHaveLength(6);
    expect(session.publisher.published.map((state) => state.revision)).toEqual([1, 2]);
    expect(session.publisher.published.at(-1)).toMatchObject({
      selection: [{ productId: 'prd_brg' }],
      cart: { lines: [{ productId: 'prd_brg', quantity: 2 }], totalCents: 3780 },
    });
    // Every LLM request after a tool saw its output as a tool result.
    expect(llm.requests.length).toBe(12);
  });
});

describe('publish during a running session', () => {
  it('the running session keeps its version; the next one gets the new version', async () => {
    const first = await w.newSession();
    const firstRun = await w.start(new ScriptedLLM([call('show_cart'), { text: 'Vide.' }]), first);
    running = firstRun;
    const v1 = firstRun.loaded.bootstrap.orientation;
    expect(v1.version).toBe(1);
    const cached = w.versions.size;

    const published = await w.t.call({
      method: 'POST',
      url: `/v1/tenants/${w.shop.id}/orientations/caviste/publish`,
      key: w.shop.key,
      body: { note: 'v2' },
    });
    expect(published.statusCode, published.body).toBe(201);
    expect(published.json().version).toBe(2);

    // The running session still works on its pinned version.
    const result = await firstRun.session.run({ userInput: 'Mon panier ?' }).wait();
    expectToolCall(result, 'show_cart');
    expect((await w.api.bootstrap(first)).orientation).toEqual(v1);
    const row = await w.t.db.session.findUniqueOrThrow({ where: { id: first } });
    expect(row.orientationVersionId).toBe(v1.versionId);

    const second = await w.newSession();
    const secondRun = await w.start(new ScriptedLLM([{ text: 'Bonjour.' }]), second);
    try {
      expect(secondRun.loaded.bootstrap.orientation).toMatchObject({ slug: 'caviste', version: 2 });
      expect(secondRun.loaded.bootstrap.orientation.versionId).not.toBe(v1.versionId);
      expect(w.versions.size).toBe(cached + 1);
      // A third session on v2 is served from the cache (no new entry).
      const third = await w.newSession();
      const thirdRun = await w.start(new ScriptedLLM([]), third);
      expect(thirdRun.loaded.version).toBe(secondRun.loaded.version);
      await thirdRun.session.close();
    } finally {
      await secondRun.session.close();
    }
  });
});
