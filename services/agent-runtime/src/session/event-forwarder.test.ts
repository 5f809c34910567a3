import { initializeLogger } from '@livekit/agents';
import { MAX_EVENT_PAYLOAD_BYTES } from '@scenaro/api-contract';
import { beforeAll, describe, expect, it } from 'vitest';
import { cavisteApi, morgon } from '../testing/fixtures.js';
import { ScriptedLLM } from '../testing/scripted-llm.js';
import { startTextSession } from '../testing/text-session.js';
import { EventForwarder } from './event-forwarder.js';

beforeAll(() => initializeLogger({ pretty: false, level: 'warn' }));

describe('EventForwarder', () => {
  it('records the transcript, the tool calls and the LLM metrics of a turn, in order', async () => {
    const api = cavisteApi();
    const llm = new ScriptedLLM([
      { toolCalls: [{ name: 'add_to_selection', args: { productId: morgon.productId } }] },
      { text: 'Je le note.' },
    ]);
    const running = await startTextSession({ api, llm });
    try {
      await running.session.run({ userInput: 'Notez le Morgon' }).wait();
      await running.events.flush();
    } finally {
      await running.session.close();
    }
    const types = api.events.map((event) => event.type);
    expect(types.filter((type) => type !== 'metrics')).toEqual([
      'transcript.user',
      'tool.call',
      'transcript.agent',
    ]);
    expect(types).toContain('metrics');
    expect(api.events.find((event) => event.type === 'transcript.user')?.payload).toMatchObject({
      text: 'Notez le Morgon',
    });
    const toolCall = api.events.find((event) => event.type === 'tool.call')?.payload;
    expect(toolCall).toMatchObject({
      name: 'add_to_selection',
      arguments: { productId: morgon.productId },
      isError: false,
    });
    expect(String(toolCall?.output)).toContain('"changed":true');
    expect(typeof toolCall?.durationMs).toBe('number');
    const metrics = api.events.find((event) => event.type === 'metrics')?.payload;
    expect(metrics).toMatchObject({ type: 'llm_metrics' });
    expect(typeof metrics?.ttftMs).toBe('number');
  });

  it('replaces an oversized payload and survives a failing API', async () => {
    const api = cavisteApi();
    const forwarder = new EventForwarder({ api, sessionId: 'ses_1' });
    forwarder.send({
      type: 'transcript.agent',
      payload: { text: 'x'.repeat(MAX_EVENT_PAYLOAD_BYTES + 1) },
    });
    const broken = new EventForwarder({ api, sessionId: 'ses_other' });
    broken.send({ type: 'metrics', payload: {} });
    await forwarder.flush();
    await expect(broken.flush()).resolves.toBeUndefined();
    expect(api.events).toEqual([
      {
        type: 'transcript.agent',
        payload: { truncated: true, originalBytes: MAX_EVENT_PAYLOAD_BYTES + 12 },
      },
    ]);
  });
});
