import {
  type AppendSessionEventBody,
  MAX_EVENT_PAYLOAD_BYTES,
  type SessionEventView,
} from '@scenaro/api-contract';
import type { Db } from '@scenaro/db';
import { AppError } from '../../errors.js';
import { newId } from '../../lib/ids.js';
import { sessionNotFound } from './session-errors.js';

/**
 * Appends a transcript, tool-call or metrics event. Allowed after the session ended too: the
 * runtime flushes its last transcript items and metrics once the conversation is over.
 */
export async function appendSessionEvent({
  db,
  tenantId,
  sessionId,
  body,
}: {
  db: Db;
  tenantId: string;
  sessionId: string;
  body: AppendSessionEventBody;
}): Promise<SessionEventView> {
  if (Buffer.byteLength(JSON.stringify(body.payload)) > MAX_EVENT_PAYLOAD_BYTES) {
    throw new AppError(
      'payload_too_large',
      `An event payload may not exceed ${MAX_EVENT_PAYLOAD_BYTES} bytes.`,
      { details: [{ path: 'body.payload', message: 'too large' }] },
    );
  }
  const exists = await db.session.count({ where: { id: sessionId, tenantId } });
  if (exists === 0) throw sessionNotFound(sessionId);
  const event = await db.sessionEvent.create({
    data: {
      id: newId('evt'),
      tenantId,
      sessionId,
      type: body.type,
      payload: body.payload as object,
    },
  });
  return { id: event.id, type: event.type, createdAt: event.createdAt.toISOString() };
}
