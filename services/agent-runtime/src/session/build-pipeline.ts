import { inference, type llm, type stt, type tts, type VAD, type voice } from '@livekit/agents';
import * as cartesia from '@livekit/agents-plugin-cartesia';
import * as deepgram from '@livekit/agents-plugin-deepgram';
import * as openai from '@livekit/agents-plugin-openai';
import type { Orientation } from '@scenaro/orientation';
import type { ProviderKeys } from '../env.js';
import { ConfigurationError } from '../errors.js';

type Voice = Orientation['voice'];
type TurnHandling = NonNullable<voice.AgentSessionOptions['turnHandling']>;

/** The provider instances and session options an orientation's `voice` block asks for. */
export interface Pipeline {
  readonly llm: llm.LLM;
  /** Absent in text mode. */
  readonly stt?: stt.STT;
  readonly tts?: tts.TTS;
  readonly vad: VAD | null;
  readonly turnHandling: TurnHandling;
  readonly maxToolSteps: number;
}

/** What the pipeline is built with besides the orientation. */
export interface BuildPipelineOptions {
  keys: ProviderKeys;
  /** `text`: LLM only, no audio providers and no turn detection (tests, playground). */
  mode?: 'voice' | 'text';
  /** The Silero VAD loaded by the job process's prewarm (voice mode). */
  vad?: VAD | null;
  /** Builds the end-of-turn model; injectable because the real one binds to the job process. */
  turnDetector?: () => inference.TurnDetector;
}

// Options an orientation may not set: they would redirect our API keys to another host.
const reservedOptions = new Set(['apiKey', 'baseUrl', 'baseURL', 'client']);

function passThrough(options: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(options).filter(([key]) => !reservedOptions.has(key)));
}

/** Names of the environment variables this voice block needs but does not have. */
export function missingProviderKeys(
  voiceBlock: Voice,
  keys: ProviderKeys,
  mode: 'voice' | 'text',
): string[] {
  const missing: string[] = [];
  // A custom baseURL is a self-hosted or third-party server: it gets no OpenAI key (below).
  if (voiceBlock.llm.provider === 'openai' && !voiceBlock.llm.baseURL && !keys.OPENAI_API_KEY) {
    missing.push('OPENAI_API_KEY');
  }
  if (mode === 'voice') {
    if (voiceBlock.stt.provider === 'deepgram' && !keys.DEEPGRAM_API_KEY) {
      missing.push('DEEPGRAM_API_KEY');
    }
    if (voiceBlock.tts.provider === 'cartesia' && !keys.CARTESIA_API_KEY) {
      missing.push('CARTESIA_API_KEY');
    }
  }
  return missing;
}

/** The OpenAI (or OpenAI-compatible) LLM of the orientation. */
export function buildLlm(llmBlock: Voice['llm'], keys: ProviderKeys): llm.LLM {
  const options = passThrough(llmBlock.options) as Partial<openai.LLMOptions>;
  // The platform's OpenAI key only ever goes to OpenAI: an orientation is data a tenant may
  // edit, and a baseURL of its choosing must not receive our credentials.
  const apiKey = llmBlock.baseURL ? 'not-needed' : keys.OPENAI_API_KEY;
  return new openai.LLM({
    ...options,
    model: llmBlock.model,
    apiKey,
    ...(llmBlock.baseURL ? { baseURL: llmBlock.baseURL } : {}),
    ...(llmBlock.temperature === null ? {} : { temperature: llmBlock.temperature }),
  });
}

function buildStt(sttBlock: Voice['stt'], apiKey: string): stt.STT {
  const { keyterms, ...rest } = passThrough(sttBlock.options);
  return new deepgram.STT({
    ...(rest as Partial<deepgram.STTOptions>),
    // The orientation names them `keyterms`, Deepgram's option is `keyterm`.
    ...(Array.isArray(keyterms) ? { keyterm: keyterms.map(String) } : {}),
    model: sttBlock.model,
    language: sttBlock.language,
    apiKey,
  });
}

function buildTts(ttsBlock: Voice['tts'], apiKey: string): tts.TTS {
  return new cartesia.TTS({
    ...(passThrough(ttsBlock.options) as Partial<cartesia.TTSOptions>),
    model: ttsBlock.model,
    voice: ttsBlock.voice,
    language: ttsBlock.language,
    ...(ttsBlock.speed === null ? {} : { speed: ttsBlock.speed }),
    apiKey,
  });
}

/**
 * Turn handling from the orientation (seconds) to the SDK (milliseconds). The end-of-turn model
 * is pinned to the local `v1-mini` and interruptions default to VAD: the SDK's own defaults may
 * silently call LiveKit Cloud.
 */
export function buildTurnHandling(
  turn: Voice['turnHandling'],
  turnDetector: () => inference.TurnDetector,
): TurnHandling {
  const turnDetection =
    turn.turnDetection === 'model'
      ? turnDetector()
      : (turn.turnDetection as 'vad' | 'stt' | 'manual');
  return {
    turnDetection,
    endpointing: {
      minDelay: Math.round(turn.endpointing.minDelay * 1000),
      maxDelay: Math.round(turn.endpointing.maxDelay * 1000),
    },
    interruption: {
      enabled: turn.interruption.enabled,
      mode: turn.interruption.mode,
      minDuration: Math.round(turn.interruption.minDuration * 1000),
      minWords: turn.interruption.minWords,
    },
  };
}

/**
 * Provider instances (never `provider/model` strings, which go to LiveKit's gateway) and session
 * options from the orientation. Throws a {@link ConfigurationError} naming every missing key.
 */
export function buildPipeline(voiceBlock: Voice, options: BuildPipelineOptions): Pipeline {
  const mode = options.mode ?? 'voice';
  const missing = missingProviderKeys(voiceBlock, options.keys, mode);
  if (missing.length > 0) {
    throw new ConfigurationError(
      `The orientation's providers need ${missing.join(', ')}: set ${missing.length > 1 ? 'them' : 'it'} in the agent runtime's environment.`,
      missing[0],
    );
  }
  const llmInstance = buildLlm(voiceBlock.llm, options.keys);
  if (mode === 'text') {
    return {
      llm: llmInstance,
      vad: null,
      turnHandling: { turnDetection: null },
      maxToolSteps: voiceBlock.maxToolSteps,
    };
  }
  const turnDetector =
    options.turnDetector ?? (() => new inference.TurnDetector({ version: 'v1-mini' }));
  return {
    llm: llmInstance,
    stt: buildStt(voiceBlock.stt, options.keys.DEEPGRAM_API_KEY as string),
    tts: buildTts(voiceBlock.tts, options.keys.CARTESIA_API_KEY as string),
    vad: options.vad ?? null,
    turnHandling: buildTurnHandling(voiceBlock.turnHandling, turnDetector),
    maxToolSteps: voiceBlock.maxToolSteps,
  };
}
