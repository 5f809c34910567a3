import { describe, expect, it } from 'vitest';
import { NdjsonParser, readNdjson } from './ndjson';

const agent = (text: string) => `${JSON.stringify({ type: 'agent', text })}\n`;

function streamOf(chunks: Uint8Array[]): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });
}

describe('NDJSON events', () => {
  it('reassembles lines cut anywhere by the network', () => {
    const text = `${agent('Bonjour')}${JSON.stringify({ type: 'done', durationMs: 12 })}\n`;
    const parser = new NdjsonParser();
    const events = [];
    for (let i = 0; i < text.length; i += 7) events.push(...parser.push(text.slice(i, i + 7)));
    events.push(...parser.end());
    expect(events).toEqual([
      { type: 'agent', text: 'Bonjour' },
      { type: 'done', durationMs: 12 },
    ]);
  });

  it('keeps a partial line until its end arrives, and reads a last line without newline', () => {
    const parser = new NdjsonParser();
    expect(parser.push('{"type":"agent","te')).toEqual([]);
    expect(parser.push('xt":"Oui"}\n{"type":"done","durationMs":3}')).toEqual([
      { type: 'agent', text: 'Oui' },
    ]);
    expect(parser.end()).toEqual([{ type: 'done', durationMs: 3 }]);
    expect(parser.end()).toEqual([]);
  });

  it('turns an unreadable line into an error event instead of throwing', () => {
    const parser = new NdjsonParser();
    const [bad, unknown] = parser.push('not json\n{"type":"mystery"}\n\n');
    expect(bad).toMatchObject({ type: 'error', code: 'bad_event' });
    expect(unknown).toMatchObject({ type: 'error', code: 'bad_event' });
  });

  it('decodes a multi-byte character split between two chunks', async () => {
    const bytes = new TextEncoder().encode(agent('Château rosé'));
    const cut = bytes.indexOf(0xc3) + 1; // inside the two bytes of "â"
    const events = [];
    for await (const event of readNdjson(streamOf([bytes.slice(0, cut), bytes.slice(cut)]))) {
      events.push(event);
    }
    expect(events).toEqual([{ type: 'agent', text: 'Château rosé' }]);
  });

  it('validates tool events against the contract', () => {
    const parser = new NdjsonParser();
    const [call] = parser.push(
      `${JSON.stringify({ type: 'tool_call', callId: 'c1', name: 'search_wines', arguments: { color: 'rouge' } })}\n`,
    );
    expect(call).toEqual({
      type: 'tool_call',
      callId: 'c1',
      name: 'search_wines',
      arguments: { color: 'rouge' },
    });
  });
});
