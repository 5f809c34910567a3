import type { Phase } from '../conversation/conversation-state';
import { fr } from '../lib/messages';
import type { AgentState } from '../transport/voice-transport';

/** The connection and what the agent is doing, in words and colour. */
export function StatusBar({ phase, agentState }: { phase: Phase; agentState: AgentState | null }) {
  const live = phase === 'connected' && agentState !== null;
  const label = live ? fr.agentStates[agentState] : fr.connection[phase];
  return (
    <div
      className="status"
      data-testid="status"
      data-phase={phase}
      data-agent-state={agentState ?? ''}
    >
      <span
        className={`status__dot status__dot--${live ? agentState : phase}`}
        aria-hidden="true"
      />
      <span className="status__label" data-testid="agent-state" aria-live="polite">
        {label}
      </span>
    </div>
  );
}
