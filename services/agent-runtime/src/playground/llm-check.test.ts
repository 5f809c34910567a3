import { describe, expect, it } from 'vitest';
import { cavisteDocument } from '../testing/fixtures.js';
import { requireLlm } from './llm-check.js';
import { PlaygroundError } from './playground-error.js';

function caviste(baseURL: string | null = null): Record<string, unknown> {
  const document = cavisteDocument() as { voice: { llm: Record<string, unknown> } };
  document.voice.llm.baseURL = baseURL;
  return document as unknown as Record<string, unknown>;
}

function refusal(run: () => void): PlaygroundError | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof PlaygroundError) return error;
    throw error;
  }
  return undefined;
}

describe('requireLlm', () => {
  it('refuses OpenAI without OPENAI_API_KEY: 503 llm_unavailable naming what to set', () => {
    const error = refusal(() => requireLlm(caviste(), {}));
    expect(error).toMatchObject({ status: 503, code: 'llm_unavailable' });
    expect(error?.message).toMatch(/OPENAI_API_KEY.*baseURL/);
  });

  it('accepts OpenAI with its key, and an OpenAI-compatible baseURL without any key', () => {
    expect(refusal(() => requireLlm(caviste(), { OPENAI_API_KEY: 'sk-test' }))).toBeUndefined();
    expect(refusal(() => requireLlm(caviste('http://127.0.0.1:11434/v1'), {}))).toBeUndefined();
  });

  it('needs no speech provider key: the playground is text only', () => {
    expect(
      refusal(() =>
        requireLlm(caviste(), { OPENAI_API_KEY: 'sk-test', DEEPGRAM_API_KEY: undefined }),
      ),
    ).toBeUndefined();
  });

  it('refuses a document that is not a valid orientation (422)', () => {
    const error = refusal(() => requireLlm({ slug: 'x' }, { OPENAI_API_KEY: 'sk-test' }));
    expect(error).toMatchObject({ status: 422, code: 'invalid_orientation' });
    expect(error?.details?.length).toBeGreaterThan(0);
  });
});
