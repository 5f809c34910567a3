import { inference, initializeLogger } from '@livekit/agents';
import * as cartesia from '@livekit/agents-plugin-cartesia';
import * as deepgram from '@livekit/agents-plugin-deepgram';
import * as openai from '@livekit/agents-plugin-openai';
import { type Orientation, validateOrientation } from '@scenaro/orientation';
import { beforeAll, describe, expect, it } from 'vitest';
import { ConfigurationError } from '../errors.js';
import { cavisteDocument } from '../testing/fixtures.js';
import { buildPipeline, buildTurnHandling, missingProviderKeys } from './build-pipeline.js';

beforeAll(() => initializeLogger({ pretty: false, level: 'warn' }));

function caviste(edit: (document: Record<string, unknown>) => void = () => {}): Orientation {
  const document = cavisteDocument();
  edit(document);
  const result = validateOrientation(document);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.orientation;
}

const keys = {
  OPENAI_API_KEY: 'sk-test',
  DEEPGRAM_API_KEY: 'dg-test',
  CARTESIA_API_KEY: 'ca-test',
};
const fakeDetector = () => ({ fake: 'detector' }) as unknown as inference.TurnDetector;

describe('buildPipeline', () => {
  it('builds Deepgram, OpenAI and Cartesia instances from the voice block', () => {
    const voice = caviste().voice;
    const pipeline = buildPipeline(voice, { keys, turnDetector: fakeDetector });
    expect(pipeline.stt).toBeInstanceOf(deepgram.STT);
    expect(pipeline.llm).toBeInstanceOf(openai.LLM);
    expect(pipeline.tts).toBeInstanceOf(cartesia.TTS);
    expect((pipeline.stt as deepgram.STT).model).toBe(voice.stt.model);
    expect((pipeline.llm as openai.LLM).model).toBe(voice.llm.model);
    expect(pipeline.maxToolSteps).toBe(voice.maxToolSteps);
    expect(pipeline.vad).toBeNull();
  });

  it('maps turn handling from seconds to milliseconds and pins the local end-of-turn model', () => {
    const voice = caviste().voice;
    const turn = buildPipeline(voice, { keys, turnDetector: fakeDetector }).turnHandling;
    expect(turn.turnDetection).toEqual({ fake: 'detector' });
    expect(turn.endpointing).toEqual({
      minDelay: voice.turnHandling.endpointing.minDelay * 1000,
      maxDelay: voice.turnHandling.endpointing.maxDelay * 1000,
    });
    expect(turn.interruption).toEqual({
      enabled: voice.turnHandling.interruption.enabled,
      mode: 'vad',
      minDuration: voice.turnHandling.interruption.minDuration * 1000,
      minWords: voice.turnHandling.interruption.minWords,
    });
    const real = buildTurnHandling(
      voice.turnHandling,
      () => new inference.TurnDetector({ version: 'v1-mini' }),
    );
    expect(real.turnDetection).toBeInstanceOf(inference.TurnDetector);
  });

  it('passes other turn detection modes through as the SDK names them', () => {
    const voice = caviste((document) => {
      (document.voice as { turnHandling: { turnDetection: string } }).turnHandling.turnDetection =
        'vad';
    }).voice;
    expect(buildPipeline(voice, { keys }).turnHandling.turnDetection).toBe('vad');
  });

  it('fails with a ConfigurationError naming every missing key', () => {
    const voice = caviste().voice;
    let caught: unknown;
    try {
      buildPipeline(voice, { keys: { OPENAI_API_KEY: 'sk-test' } });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigurationError);
    expect((caught as ConfigurationError).message).toContain('DEEPGRAM_API_KEY, CARTESIA_API_KEY');
    expect((caught as ConfigurationError).variable).toBe('DEEPGRAM_API_KEY');
    expect(() => buildPipeline(voice, { keys: {}, mode: 'text' })).toThrow(/OPENAI_API_KEY/);
  });

  it('text mode needs only the LLM and builds no audio provider', () => {
    const pipeline = buildPipeline(caviste().voice, {
      keys: { OPENAI_API_KEY: 'sk-test' },
      mode: 'text',
    });
    expect(pipeline.stt).toBeUndefined();
    expect(pipeline.tts).toBeUndefined();
    expect(pipeline.turnHandling).toEqual({ turnDetection: null });
  });

  it('an OpenAI-compatible baseURL needs no OpenAI key (and never gets it)', () => {
    const voice = caviste((document) => {
      (document.voice as { llm: { baseURL: string } }).llm.baseURL = 'http://127.0.0.1:11434/v1';
    }).voice;
    expect(missingProviderKeys(voice, {}, 'text')).toEqual([]);
    expect(buildPipeline(voice, { keys: {}, mode: 'text' }).llm).toBeInstanceOf(openai.LLM);
  });
});
