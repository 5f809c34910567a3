import type { Db } from '@scenaro/db';
import type { Orientation } from '@scenaro/orientation';

/** What a data handler works with: the tenant comes from the session row, never the caller. */
export interface ToolContext {
  db: Db;
  tenantId: string;
  sessionId: string;
  /** The session's pinned orientation. */
  orientation: Orientation;
}

/** Validated handler arguments (see readToolArguments). */
export type ToolArguments = Readonly<Record<string, unknown>>;
