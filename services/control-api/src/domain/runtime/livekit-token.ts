import { AccessToken, RoomAgentDispatch, RoomConfiguration } from 'livekit-server-sdk';
import type { Config } from '../../env.js';

/** What minting a voice session's participant token needs. */
export interface LiveKitSettings {
  url: string;
  apiKey: string;
  apiSecret: string;
  agentName: string;
}

/** How long a participant token may be used to join (the room outlives it once joined). */
export const PARTICIPANT_TOKEN_TTL_SECONDS = 15 * 60;

/** The LiveKit settings of the configuration, or null when voice sessions are not configured. */
export function liveKitSettings(config: Config): LiveKitSettings | null {
  const { LIVEKIT_URL: url, LIVEKIT_API_KEY: apiKey, LIVEKIT_API_SECRET: apiSecret } = config;
  if (!url || !apiKey || !apiSecret) return null;
  return { url, apiKey, apiSecret, agentName: config.AGENT_NAME };
}

/** The LiveKit room of a session. */
export function sessionRoomName(sessionId: string): string {
  return `scn-${sessionId}`;
}

/**
 * A token for the end user to join this session's room, and only it. Its room configuration
 * dispatches the agent explicitly with `{ sessionId }` as metadata, so starting a session
 * needs no call to the LiveKit server: the room and the job start when the user joins.
 */
export async function participantToken(
  settings: LiveKitSettings,
  sessionId: string,
): Promise<string> {
  const room = sessionRoomName(sessionId);
  const token = new AccessToken(settings.apiKey, settings.apiSecret, {
    identity: `customer-${sessionId}`,
    ttl: PARTICIPANT_TOKEN_TTL_SECONDS,
  });
  token.addGrant({
    room,
    roomJoin: true,
    canPublish: true,
    canSubscribe: true,
    canPublishData: true,
  });
  token.roomConfig = new RoomConfiguration({
    agents: [
      new RoomAgentDispatch({
        agentName: settings.agentName,
        metadata: JSON.stringify({ sessionId }),
      }),
    ],
  });
  return token.toJwt();
}
