import { validateOrientation } from '@scenaro/orientation';
import type { ProviderKeys } from '../env.js';
import { missingProviderKeys } from '../session/build-pipeline.js';
import { PlaygroundError } from './playground-error.js';

/** The code of the 503 a playground answers when it cannot build the orientation's LLM. */
export const LLM_UNAVAILABLE = 'llm_unavailable';

/** The refusal when no LLM can be built: it names what to set. */
export function llmUnavailable(): PlaygroundError {
  return new PlaygroundError(
    503,
    LLM_UNAVAILABLE,
    "The playground has no LLM for this orientation: set OPENAI_API_KEY in the agent runtime's environment, or give the orientation's voice.llm an OpenAI-compatible baseURL.",
  );
}

/**
 * Refuses (503 `llm_unavailable`) an orientation whose LLM the text pipeline could not build
 * with these keys, the same rule the pipeline itself applies: OpenAI needs OPENAI_API_KEY, an
 * OpenAI-compatible `baseURL` needs nothing.
 */
export function requireLlm(document: Record<string, unknown>, keys: ProviderKeys): void {
  const result = validateOrientation(document);
  if (!result.ok) {
    const first = result.issues[0];
    throw new PlaygroundError(
      422,
      'invalid_orientation',
      `This orientation cannot run: ${first?.path ?? ''} ${first?.message ?? ''}`.trim(),
      result.issues.map((issue) => ({ path: issue.path, message: issue.message })),
    );
  }
  if (missingProviderKeys(result.orientation.voice, keys, 'text').length > 0) {
    throw llmUnavailable();
  }
}
