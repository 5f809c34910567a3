import { BarVisualizer } from '@livekit/components-react';
import type { Appearance } from '@scenaro/api-contract';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { CartPanel } from './components/CartPanel';
import { Composer } from './components/Composer';
import { Notice } from './components/Notice';
import { SelectionPanel } from './components/SelectionPanel';
import { StatusBar } from './components/StatusBar';
import { Transcript } from './components/Transcript';
import type { Failure, Microphone } from './conversation/conversation-state';
import { useConversation } from './conversation/use-conversation';
import { ApiError, fetchAppearance } from './lib/api';
import { defaultAppearance, themeVariables } from './lib/appearance';
import type { ClientConfig } from './lib/config';
import { fr } from './lib/messages';

type AppearanceProblem = Extract<Failure, 'apiUnreachable' | 'shopNotFound' | 'sessionRefused'>;

const failureText: Record<Failure, string> = {
  notConfigured: fr.problems.notConfigured,
  apiUnreachable: fr.problems.apiUnreachable,
  sessionsUnavailable: fr.problems.sessionsUnavailable,
  sessionRefused: fr.problems.sessionRefused,
  shopNotFound: fr.problems.shopNotFound,
  connectFailed: fr.problems.connectFailed,
  disconnected: fr.problems.disconnected,
};

const microphoneText: Partial<Record<Microphone, string>> = {
  denied: fr.problems.micDenied,
  absent: fr.problems.micAbsent,
  busy: fr.problems.micBusy,
  failed: fr.problems.micFailed,
};

function useAppearance(config: ClientConfig) {
  const configured = Boolean(config.tenantId && config.publishableKey);
  const [appearance, setAppearance] = useState<Appearance | null>(
    configured ? null : defaultAppearance,
  );
  const [problem, setProblem] = useState<AppearanceProblem | null>(null);
  const load = useCallback(() => {
    if (!configured) return;
    setProblem(null);
    fetchAppearance(config)
      .then(setAppearance)
      .catch((error: unknown) => {
        const failure = error instanceof ApiError ? error.failure : 'unreachable';
        setProblem(
          failure === 'not_found'
            ? 'shopNotFound'
            : failure === 'refused'
              ? 'sessionRefused'
              : 'apiUnreachable',
        );
        setAppearance((current) => current ?? defaultAppearance);
      });
  }, [config, configured]);
  useEffect(load, [load]);
  return { appearance, problem, reload: load, configured };
}

/** The shop's voice agent: start, talk or type, watch the selection and the cart fill up. */
export function App({ config }: { config: ClientConfig }) {
  const { appearance, problem, reload, configured } = useAppearance(config);
  const { state, agentAudio, start, end, sendText, setMuted } = useConversation(config);
  const look = appearance ?? defaultAppearance;
  const secure = typeof window === 'undefined' || window.isSecureContext;
  const demo = config.demo === 'replay';
  const canStart = demo || configured;

  useEffect(() => {
    if (!appearance) return;
    document.title = look.title;
    document.documentElement.lang = look.locale.split('-')[0] ?? 'fr';
  }, [appearance, look.title, look.locale]);

  const style = useMemo(() => themeVariables(look), [look]);
  const live =
    state.phase === 'connecting' || state.phase === 'connected' || state.phase === 'reconnecting';
  const busy = state.phase === 'starting';
  const muted = state.microphone === 'muted';
  const micProblem = microphoneText[state.microphone];
  const cart = state.state?.cart ?? { lines: [], totalCents: 0, currency: 'EUR' };

  return (
    <div className="app" style={style} data-testid="app" data-ready={appearance !== null}>
      <header className="topbar">
        <div className="topbar__brand">
          {/* Until the shop's own look arrives, no other name flashes by. */}
          <h1 className="topbar__title" data-testid="title">
            {appearance ? look.title : '\u00a0'}
          </h1>
          {appearance && look.subtitle && <p className="topbar__subtitle">{look.subtitle}</p>}
        </div>
        <div className="topbar__side">
          {demo && <span className="badge">{fr.demoBadge}</span>}
          <StatusBar phase={state.phase} agentState={state.agentState} />
        </div>
      </header>

      <main className="layout">
        <section className="stage">
          <div className="notices">
            {!secure && (
              <Notice kind="insecure" tone="info">
                {fr.problems.insecure}
              </Notice>
            )}
            {!configured && !demo && (
              <Notice kind="notConfigured" tone="error">
                {fr.problems.notConfigured}
              </Notice>
            )}
            {problem && state.phase === 'idle' && (
              <Notice
                kind={`appearance-${problem}`}
                tone="error"
                action={{ label: fr.retry, onClick: reload }}
              >
                {failureText[problem]}
              </Notice>
            )}
            {state.phase === 'failed' && state.failure && (
              <Notice
                kind={state.failure}
                tone="error"
                action={{ label: fr.retry, onClick: () => void start() }}
              >
                {failureText[state.failure]}
              </Notice>
            )}
            {live && state.agentLate && (
              <Notice kind="agentLate" action={{ label: fr.restart, onClick: () => void start() }}>
                {fr.problems.agentLate}
              </Notice>
            )}
            {live && micProblem && (
              <Notice
                kind={`mic-${state.microphone}`}
                action={{ label: fr.retry, onClick: () => void setMuted(false) }}
              >
                {micProblem}
              </Notice>
            )}
            {state.phase === 'ended' && (
              <Notice kind="ended" tone="info">
                {fr.ended}
              </Notice>
            )}
          </div>

          <div className="voice card">
            <BarVisualizer
              className={`visualizer${live ? '' : ' visualizer--idle'}`}
              state={live ? (state.agentState ?? 'connecting') : undefined}
              barCount={7}
              track={agentAudio}
              options={{ minHeight: 25 }}
            />
            <div className="controls">
              {live ? (
                <>
                  <button
                    type="button"
                    className={`button ${muted ? 'button--accent' : 'button--ghost'}`}
                    onClick={() => void setMuted(!muted)}
                    aria-pressed={muted}
                    data-testid="mute"
                  >
                    {muted ? fr.unmute : fr.mute}
                  </button>
                  <button
                    type="button"
                    className="button button--danger"
                    onClick={() => void end()}
                    data-testid="end"
                  >
                    {fr.end}
                  </button>
                </>
              ) : (
                <button
                  type="button"
                  className="button button--primary button--large"
                  onClick={() => void start()}
                  disabled={!canStart || busy}
                  data-testid="start"
                >
                  {busy ? fr.starting : state.phase === 'ended' ? fr.restart : look.labels.start}
                </button>
              )}
            </div>
          </div>

          {look.show.transcript && <Transcript lines={state.transcript} agentName={fr.agent} />}
          <Composer disabled={state.phase !== 'connected'} onSend={(text) => void sendText(text)} />
        </section>

        {(look.show.selection || look.show.cart) && (
          <aside className="panels">
            {look.show.selection && (
              <SelectionPanel title={look.labels.selection} items={state.state?.selection ?? []} />
            )}
            {look.show.cart && <CartPanel title={look.labels.cart} cart={cart} />}
          </aside>
        )}
      </main>
    </div>
  );
}
