import { type PlaygroundEvent, playgroundEventSchema } from '@scenaro/api-contract';

// The playground answers a turn as NDJSON: one event per line, written as things happen. The
// network cuts that stream anywhere (mid-line, mid-character), so lines are reassembled here.

/** An event line that is not valid JSON or not a known event: shown, never thrown. */
function badLine(line: string): PlaygroundEvent {
  return {
    type: 'error',
    code: 'bad_event',
    message: `Unreadable event from the playground: ${line.slice(0, 200)}`,
  };
}

function parseLine(line: string): PlaygroundEvent | undefined {
  const trimmed = line.trim();
  if (trimmed === '') return undefined;
  let value: unknown;
  try {
    value = JSON.parse(trimmed);
  } catch {
    return badLine(trimmed);
  }
  const event = playgroundEventSchema.safeParse(value);
  return event.success ? event.data : badLine(trimmed);
}

/** Splits text chunks into events; keeps a partial last line until its end arrives. */
export class NdjsonParser {
  private buffer = '';

  /** The events completed by this chunk. */
  push(chunk: string): PlaygroundEvent[] {
    this.buffer += chunk;
    const lines = this.buffer.split('\n');
    this.buffer = lines.pop() ?? '';
    return lines.map(parseLine).filter((event) => event !== undefined);
  }

  /** The last event, when the stream ended without a final newline. */
  end(): PlaygroundEvent[] {
    const rest = this.buffer;
    this.buffer = '';
    const event = parseLine(rest);
    return event ? [event] : [];
  }
}

/** Reads a response body of NDJSON events, yielding each one as soon as its line is complete. */
export async function* readNdjson(
  body: ReadableStream<Uint8Array>,
): AsyncGenerator<PlaygroundEvent> {
  const decoder = new TextDecoder();
  const parser = new NdjsonParser();
  const reader = body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      // stream: true keeps a multi-byte character cut between two chunks for the next one.
      yield* parser.push(decoder.decode(value, { stream: true }));
    }
    yield* parser.push(decoder.decode());
    yield* parser.end();
  } finally {
    reader.releaseLock();
  }
}
