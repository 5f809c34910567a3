/** Event types that make up the conversation (the detail view and the summary read these). */
export const CONVERSATION_EVENT_TYPES = [
  'transcript.user',
  'transcript.agent',
  'tool.call',
  'metrics',
] as const;

/** Written by the `session.finalize` job: one per session, replaced when the job runs again. */
export const SUMMARY_EVENT_TYPE = 'session.summary';
