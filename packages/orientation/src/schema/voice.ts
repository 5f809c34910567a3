import { z } from 'zod';
import { httpUrl, options, seconds, text, wholeNumber } from './primitives.js';

/** Speech-to-text provider settings. */
export const sttSchema = z.strictObject({
  provider: z.enum(['deepgram']),
  model: text(100),
  language: text(20),
  options: options(),
});

/** LLM provider settings (OpenAI or any OpenAI-compatible server). */
export const llmSchema = z.strictObject({
  provider: z.enum(['openai']),
  model: text(100),
  baseURL: httpUrl().nullable().default(null),
  temperature: z.number().min(0).max(2).nullable().default(null),
  options: options(),
});

/** Text-to-speech provider settings. */
export const ttsSchema = z.strictObject({
  provider: z.enum(['cartesia']),
  model: text(100),
  voice: text(200),
  language: text(20),
  speed: z.number().min(0.5).max(2).nullable().default(null),
  options: options(),
});

/** When the user's turn ends and whether they may interrupt the agent. */
export const turnHandlingSchema = z.strictObject({
  turnDetection: z.enum(['model', 'vad', 'stt', 'manual']).default('model'),
  endpointing: z
    .strictObject({ minDelay: seconds().default(0.5), maxDelay: seconds().default(3) })
    .prefault({}),
  interruption: z
    .strictObject({
      enabled: z.boolean().default(true),
      mode: z.enum(['vad', 'adaptive']).default('vad'),
      minDuration: seconds().default(0.5),
      minWords: wholeNumber().min(0).max(20).default(0),
    })
    .prefault({}),
});

/** The `voice` section: the pipeline's providers and turn-taking. */
export const voiceSchema = z.strictObject({
  stt: sttSchema,
  llm: llmSchema,
  tts: ttsSchema,
  turnHandling: turnHandlingSchema.prefault({}),
  maxToolSteps: wholeNumber().min(1).max(20).default(5),
});
