import { Typography } from '@mui/material';
import { memo } from 'react';
import { useTranslate } from 'react-admin';
import {
  DocNumberField,
  DocSelectField,
  DocSwitch,
  DocTextField,
  useFlagged,
  useOptions,
} from './fields';
import { FieldRow, Section } from './Section';

// The providers the schema accepts today (packages/orientation/src/schema/voice.ts).
const STT_PROVIDERS = ['deepgram'];
const LLM_PROVIDERS = ['openai'];
const TTS_PROVIDERS = ['cartesia'];
const TURN_DETECTION = ['model', 'vad', 'stt', 'manual'];
const INTERRUPTION_MODES = ['vad', 'adaptive'];

function Subtitle({ children }: { children: string }) {
  return (
    <Typography variant="subtitle1" sx={{ fontWeight: 600, mt: 1, mb: 1 }}>
      {children}
    </Typography>
  );
}

/** Speech-to-text, LLM, text-to-speech, turn taking and interruptions, tool steps. */
export const VoiceSection = memo(function VoiceSection() {
  const translate = useTranslate();
  const flagged = useFlagged('voice');
  const t = (key: string) => translate(`scenaro.orientations.form.voice.${key}`);
  const stt = useOptions('scenaro.orientations.form.providers', STT_PROVIDERS);
  const llm = useOptions('scenaro.orientations.form.providers', LLM_PROVIDERS);
  const tts = useOptions('scenaro.orientations.form.providers', TTS_PROVIDERS);
  const turnDetection = useOptions('scenaro.orientations.form.turn_detection', TURN_DETECTION);
  const modes = useOptions('scenaro.orientations.form.interruption_modes', INTERRUPTION_MODES);
  return (
    <Section id="voice" title={t('title')} flagged={flagged}>
      <Subtitle>{t('stt')}</Subtitle>
      <FieldRow>
        <DocSelectField path={['voice', 'stt', 'provider']} label={t('provider')} options={stt} />
        <DocTextField path={['voice', 'stt', 'model']} label={t('model')} />
        <DocTextField path={['voice', 'stt', 'language']} label={t('language')} />
      </FieldRow>
      <Subtitle>{t('llm')}</Subtitle>
      <FieldRow>
        <DocSelectField path={['voice', 'llm', 'provider']} label={t('provider')} options={llm} />
        <DocTextField path={['voice', 'llm', 'model']} label={t('model')} />
        <DocNumberField
          path={['voice', 'llm', 'temperature']}
          label={t('temperature')}
          help={t('temperature_help')}
          nullable
        />
      </FieldRow>
      <FieldRow>
        <DocTextField
          path={['voice', 'llm', 'baseURL']}
          label={t('base_url')}
          help={t('base_url_help')}
          nullable
        />
      </FieldRow>
      <Subtitle>{t('tts')}</Subtitle>
      <FieldRow>
        <DocSelectField path={['voice', 'tts', 'provider']} label={t('provider')} options={tts} />
        <DocTextField path={['voice', 'tts', 'model']} label={t('model')} />
        <DocTextField path={['voice', 'tts', 'voice']} label={t('voice')} />
      </FieldRow>
      <FieldRow>
        <DocTextField path={['voice', 'tts', 'language']} label={t('language')} />
        <DocNumberField
          path={['voice', 'tts', 'speed']}
          label={t('speed')}
          help={t('speed_help')}
          nullable
        />
      </FieldRow>
      <Subtitle>{t('turns')}</Subtitle>
      <FieldRow>
        <DocSelectField
          path={['voice', 'turnHandling', 'turnDetection']}
          label={t('turn_detection')}
          options={turnDetection}
        />
        <DocNumberField
          path={['voice', 'turnHandling', 'endpointing', 'minDelay']}
          label={t('min_delay')}
          help={t('seconds')}
        />
        <DocNumberField
          path={['voice', 'turnHandling', 'endpointing', 'maxDelay']}
          label={t('max_delay')}
          help={t('seconds')}
        />
      </FieldRow>
      <Subtitle>{t('interruptions')}</Subtitle>
      <FieldRow>
        <DocSwitch
          path={['voice', 'turnHandling', 'interruption', 'enabled']}
          label={t('interruption_enabled')}
          fallback
        />
        <DocSelectField
          path={['voice', 'turnHandling', 'interruption', 'mode']}
          label={t('interruption_mode')}
          options={modes}
        />
        <DocNumberField
          path={['voice', 'turnHandling', 'interruption', 'minDuration']}
          label={t('min_duration')}
          help={t('seconds')}
        />
        <DocNumberField
          path={['voice', 'turnHandling', 'interruption', 'minWords']}
          label={t('min_words')}
        />
      </FieldRow>
      <Subtitle>{t('tools')}</Subtitle>
      <FieldRow>
        <DocNumberField
          path={['voice', 'maxToolSteps']}
          label={t('max_tool_steps')}
          help={t('max_tool_steps_help')}
        />
      </FieldRow>
    </Section>
  );
});
