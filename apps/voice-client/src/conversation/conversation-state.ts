import type {
  AgentState,
  ConnectionStatus,
  MicrophoneProblem,
  TranscriptSegment,
} from '../transport/voice-transport';
import { applyState, type ShownState } from './session-state';
import { mergeSegment, type TranscriptLine } from './transcript';

/** Where the conversation stands, for the interface. */
export type Phase =
  | 'idle'
  | 'starting'
  | 'connecting'
  | 'connected'
  | 'reconnecting'
  | 'ended'
  | 'failed';

/** Failures that stop the conversation (each with a retry). */
export type Failure =
  | 'notConfigured'
  | 'apiUnreachable'
  | 'sessionsUnavailable'
  | 'sessionRefused'
  | 'shopNotFound'
  | 'connectFailed'
  | 'disconnected';

export type Microphone = 'off' | 'on' | 'muted' | MicrophoneProblem;

export interface ConversationState {
  phase: Phase;
  failure: Failure | null;
  sessionId: string | null;
  agentJoined: boolean;
  agentLate: boolean;
  agentState: AgentState | null;
  microphone: Microphone;
  transcript: TranscriptLine[];
  state: ShownState | null;
}

export type ConversationAction =
  | { type: 'start' }
  | { type: 'session'; sessionId: string | null }
  | { type: 'connection'; status: ConnectionStatus }
  | { type: 'failed'; failure: Failure }
  | { type: 'agentJoined' }
  | { type: 'agentLate' }
  | { type: 'agentState'; state: AgentState }
  | { type: 'transcript'; segment: TranscriptSegment }
  | { type: 'state'; state: ShownState }
  | { type: 'microphone'; microphone: Microphone }
  | { type: 'ended' };

export const initialConversation: ConversationState = {
  phase: 'idle',
  failure: null,
  sessionId: null,
  agentJoined: false,
  agentLate: false,
  agentState: null,
  microphone: 'off',
  transcript: [],
  state: null,
};

const LIVE: readonly Phase[] = ['connecting', 'connected', 'reconnecting'];

/** The conversation's state machine; pure, so ordering rules are tested without a room. */
export function conversationReducer(
  current: ConversationState,
  action: ConversationAction,
): ConversationState {
  switch (action.type) {
    case 'start':
      return { ...initialConversation, phase: 'starting' };
    case 'session':
      return { ...current, sessionId: action.sessionId, phase: 'connecting' };
    case 'connection': {
      if (current.phase === 'ended' || current.phase === 'failed') return current;
      if (action.status === 'disconnected') {
        return { ...current, phase: 'failed', failure: 'disconnected', agentState: null };
      }
      return { ...current, phase: action.status };
    }
    case 'failed':
      return { ...current, phase: 'failed', failure: action.failure, agentState: null };
    case 'agentJoined':
      return { ...current, agentJoined: true, agentLate: false };
    case 'agentLate':
      return current.agentJoined || !LIVE.includes(current.phase)
        ? current
        : { ...current, agentLate: true };
    case 'agentState':
      return {
        ...current,
        agentState: action.state,
        agentJoined: true,
        agentLate: false,
      };
    case 'transcript': {
      const transcript = mergeSegment(current.transcript, action.segment);
      return transcript === current.transcript ? current : { ...current, transcript };
    }
    case 'state': {
      const state = applyState(current.state, action.state);
      return state === current.state ? current : { ...current, state };
    }
    case 'microphone':
      return { ...current, microphone: action.microphone };
    case 'ended':
      return { ...current, phase: 'ended', agentState: null, microphone: 'off' };
  }
}
