import { initializeLogger, voice } from '@livekit/agents';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cavisteApi, cavisteDocument, chablis, morgon } from '../testing/fixtures.js';
import { expectToolCall } from '../testing/run-helpers.js';
import { ScriptedLLM, type ScriptedStep } from '../testing/scripted-llm.js';
import { startTextSession, type TextSession } from '../testing/text-session.js';
import { GENERIC_TOOL_FAILURE } from './tool-failure.js';

beforeAll(() => initializeLogger({ pretty: false, level: 'warn' }));

let running: TextSession | undefined;
afterEach(async () => {
  await running?.session.close();
  running = undefined;
});

const call = (name: string, args: Record<string, unknown> = {}): ScriptedStep => ({
  toolCalls: [{ name, args }],
});

/** Runs one user turn where the LLM calls one tool, then says `reply`. */
async function oneToolTurn(
  api: ReturnType<typeof cavisteApi>,
  name: string,
  args: Record<string, unknown>,
) {
  const llm = new ScriptedLLM([call(name, args), { text: 'Voilà.' }]);
  running = await startTextSession({ api, llm });
  const result = await running.session.run({ userInput: 'Bonjour' }).wait();
  const tool = expectToolCall(result, name);
  result.expect.nextEvent().isMessage({ role: 'assistant' });
  result.expect.noMoreEvents();
  return { ...tool, llm, published: running.publisher.published };
}

describe('catalogue and knowledge tools (control API tools endpoint)', () => {
  it('search_wines sends the validated arguments, defaults applied, for this session', async () => {
    const api = cavisteApi();
    api.toolAnswers['catalog.search'] = () => ({
      items: [
        {
          productId: morgon.productId,
          sku: morgon.sku,
          name: morgon.name,
          price: morgon.price,
          currency: 'EUR',
          inStock: true,
          attributes: morgon.attributes,
        },
      ],
      total: 1,
      more: false,
    });
    const { output, isError } = await oneToolTurn(api, 'search_wines', {
      color: 'rouge',
      priceMax: 20,
    });
    expect(isError).toBe(false);
    expect(output).toMatchObject({ items: [{ productId: morgon.productId, price: 18.5 }] });
    const sent = api.calls.find((c) => c.method === 'runTool');
    expect(sent).toEqual({
      method: 'runTool',
      sessionId: 'ses_1',
      input: {
        handler: 'catalog.search',
        args: expect.objectContaining({
          color: 'rouge',
          priceMax: 20,
          inStockOnly: true,
          sort: 'relevance',
          limit: 5,
        }),
      },
    });
  });

  it('ask_knowledge_base_question returns the passages as data', async () => {
    const api = cavisteApi();
    api.toolAnswers['knowledge.ask'] = (args) => ({
      answers: [
        {
          heading: 'Conservation',
          text: `Réponse à : ${String(args.question)}`,
          documentTitle: 'FAQ',
        },
      ],
      noGoodAnswer: false,
    });
    const { output } = await oneToolTurn(api, 'ask_knowledge_base_question', {
      question: 'Comment conserver un vin blanc entamé ?',
    });
    expect(output).toEqual({
      answers: [
        {
          heading: 'Conservation',
          text: 'Réponse à : Comment conserver un vin blanc entamé ?',
          documentTitle: 'FAQ',
        },
      ],
      noGoodAnswer: false,
    });
  });

  it('an API failure that is not a refusal becomes a generic apology', async () => {
    const api = cavisteApi(); // No scripted answer: the fake answers 500.
    const { output, isError } = await oneToolTurn(api, 'get_wine_details', {
      productId: morgon.productId,
    });
    expect(isError).toBe(true);
    expect(output).toBe(GENERIC_TOOL_FAILURE);
  });
});

describe('selection and cart tools (runtime REST routes)', () => {
  it('add_to_selection changes the selection and publishes selection, cart and revision', async () => {
    const api = cavisteApi();
    const { output, published } = await oneToolTurn(api, 'add_to_selection', {
      productId: morgon.productId,
      note: 'pour le gigot',
    });
    expect(output).toMatchObject({
      changed: true,
      selection: { count: 1, items: [{ productId: morgon.productId, note: 'pour le gigot' }] },
    });
    expect(api.selection.map((item) => item.productId)).toEqual([morgon.productId]);
    expect(published).toEqual([
      {
        selection: [expect.objectContaining({ productId: morgon.productId })],
        cart: { lines: [], totalCents: 0, currency: 'EUR' },
        revision: 1,
      },
    ]);
  });

  it('show_cart reads without publishing', async () => {
    const api = cavisteApi();
    await api.addToCart('ses_1', { productId: morgon.productId, quantity: 2 });
    const { output, published } = await oneToolTurn(api, 'show_cart', {});
    expect(output).toEqual({
      cart: {
        lines: [
          {
            productId: morgon.productId,
            name: morgon.name,
            quantity: 2,
            unitPrice: 18.5,
            lineTotal: 37,
          },
        ],
        bottles: 2,
        total: 37,
        currency: 'EUR',
      },
    });
    expect(published).toEqual([]);
  });

  it('a conversation adds, updates and removes cart lines, publishing each revision in order', async () => {
    const api = cavisteApi();
    const llm = new ScriptedLLM([
      call('add_to_cart', { productId: morgon.productId, quantity: 6 }),
      { text: 'Six Morgon.' },
      call('update_cart_quantity', { productId: morgon.productId, quantity: 12 }),
      { text: 'Douze.' },
      call('remove_from_cart', { productId: morgon.productId }),
      { text: 'Retiré.' },
    ]);
    running = await startTextSession({ api, llm });
    for (const input of ['six Morgon', 'plutôt douze', 'finalement non']) {
      await running.session.run({ userInput: input }).wait();
    }
    expect(running.publisher.published.map((state) => [state.revision, state.cart.lines])).toEqual([
      [1, [expect.objectContaining({ quantity: 6, lineTotalCents: 11100 })]],
      [2, [expect.objectContaining({ quantity: 12 })]],
      [3, []],
    ]);
    expect(api.cart).toEqual([]);
  });

  it('an API refusal is returned to the LLM as its short message, and nothing is published', async () => {
    const api = cavisteApi();
    const { output, isError, published } = await oneToolTurn(api, 'add_to_cart', {
      productId: chablis.productId,
      quantity: 5,
    });
    expect(isError).toBe(true);
    expect(output).toBe('Only 3 in stock.');
    expect(published).toEqual([]);
    expect(api.cart).toEqual([]);
  });

  it('arguments outside the schema never reach the API (quantity above maxQuantityPerLine)', async () => {
    const api = cavisteApi();
    const { isError } = await oneToolTurn(api, 'add_to_cart', {
      productId: morgon.productId,
      quantity: 37,
    });
    expect(isError).toBe(true);
    expect(api.calls.filter((c) => c.method === 'addToCart')).toEqual([]);
  });

  it('ids the LLM adds (session, tenant) are dropped: the call is for the job session', async () => {
    const api = cavisteApi();
    await oneToolTurn(api, 'add_to_cart', {
      productId: morgon.productId,
      quantity: 1,
      sessionId: 'ses_other',
      tenantId: 'ten_other',
    });
    const writes = api.calls.filter((c) => c.method === 'addToCart');
    expect(writes).toEqual([
      {
        method: 'addToCart',
        sessionId: 'ses_1',
        input: { productId: morgon.productId, quantity: 1 },
      },
    ]);
  });
});

describe('shop information (tenant variables)', () => {
  it('answers a topic with the matching variable only', async () => {
    const api = cavisteApi();
    const { output } = await oneToolTurn(api, 'get_shop_information', { topic: 'opening_hours' });
    const hours = running?.loaded.variables.opening_hours;
    expect(typeof hours === 'string' && hours.length > 0).toBe(true);
    expect(output).toEqual({ information: { opening_hours: String(hours).trim() } });
    expect(api.calls.filter((c) => c.method === 'runTool')).toEqual([]);
  });

  it('matches a topic in words against names and labels, tenant values first', async () => {
    const api = cavisteApi();
    const { output } = await oneToolTurn(api, 'get_shop_information', { topic: 'Livraison' });
    expect(Object.keys((output as { information: object }).information).sort()).toEqual([
      'delivery_policy',
      'free_delivery_threshold',
    ]);
    const all = await oneToolTurn(api, 'get_shop_information', {});
    expect((all.output as { information: Record<string, unknown> }).information).toMatchObject({
      shop_name: 'La Cave Test',
      city: 'Nantes',
    });
  });
});

describe('ending the conversation', () => {
  it('ends the session in the API, then closes the agent session after the goodbye', async () => {
    const api = cavisteApi();
    const llm = new ScriptedLLM([
      {
        text: 'Au revoir !',
        toolCalls: [{ name: 'end_conversation', args: { reason: 'client a pris congé' } }],
      },
      { text: '' },
    ]);
    running = await startTextSession({ api, llm });
    const closed = new Promise((resolve) =>
      running?.session.once(voice.AgentSessionEventTypes.Close, resolve),
    );
    const result = await running.session.run({ userInput: 'Merci, au revoir' }).wait();
    result.expect.nextEvent().isMessage({ role: 'assistant' });
    const { output } = expectToolCall(result, 'end_conversation');
    expect(output).toEqual({ ended: true });
    expect(api.status).toBe('ended');
    expect(api.endReason).toBe('client a pris congé');
    await expect(closed).resolves.toMatchObject({ reason: 'agent_ended_conversation' });
  });
});

describe('fixed arguments', () => {
  it('are hidden from the LLM and applied on top of its arguments', async () => {
    const document = cavisteDocument() as { tools: { name: string; arguments?: object }[] };
    const search = document.tools.find((tool) => tool.name === 'search_wines');
    if (!search) throw new Error('caviste has search_wines');
    search.arguments = { inStockOnly: true };
    const api = cavisteApi({ document });
    api.toolAnswers['catalog.search'] = () => ({ items: [], total: 0, more: false });
    const { llm } = await oneToolTurn(api, 'search_wines', { query: 'Morgon', inStockOnly: false });
    const sent = api.calls.find((c) => c.method === 'runTool')?.input as { args: object };
    expect(sent.args).toMatchObject({ query: 'Morgon', inStockOnly: true });
    const searchTool = running?.session.currentAgent.toolCtx.functionTools.search_wines;
    const shape = (searchTool?.parameters as { shape: object } | undefined)?.shape ?? {};
    expect(Object.keys(shape)).toContain('query');
    expect(Object.keys(shape)).not.toContain('inStockOnly');
    expect(llm.requests.length).toBe(2);
  });
});
