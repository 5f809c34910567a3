import type { CreateSessionBody, CreateSessionResponse } from '@scenaro/api-contract';
import type { Db } from '@scenaro/db';
import { AppError } from '../../errors.js';
import { newId } from '../../lib/ids.js';
import { findCurrentVersion } from '../orientations/find-current-version.js';
import {
  type LiveKitSettings,
  participantToken,
  sessionRoomName,
} from '../runtime/livekit-token.js';

/**
 * Starts a voice session pinned to the orientation version that is current right now
 * (publishing later affects the next session, never this one) and mints the user's token for
 * its LiveKit room. Without LiveKit settings nothing is written: 503.
 */
export async function createSession({
  db,
  tenantId,
  body,
  livekit,
}: {
  db: Db;
  tenantId: string;
  body: CreateSessionBody;
  livekit: LiveKitSettings | null;
}): Promise<CreateSessionResponse> {
  if (!livekit) {
    throw new AppError(
      'unavailable',
      'Voice sessions are not configured: set LIVEKIT_URL, LIVEKIT_API_KEY and LIVEKIT_API_SECRET.',
    );
  }
  const { orientation, version } = await findCurrentVersion(db, tenantId, body.orientation);
  const sessionId = newId('ses');
  // Minted before anything is written: a failure leaves no session behind.
  const token = await participantToken(livekit, sessionId);
  const pinned = { slug: orientation.slug, version: version.version };
  await db.$transaction([
    db.session.create({
      data: { id: sessionId, tenantId, orientationVersionId: version.id },
    }),
    db.sessionEvent.create({
      data: {
        id: newId('evt'),
        tenantId,
        sessionId,
        type: 'session.created',
        payload: { orientation: pinned },
      },
    }),
  ]);
  return {
    sessionId,
    roomName: sessionRoomName(sessionId),
    serverUrl: livekit.url,
    participantToken: token,
    orientation: pinned,
  };
}
