import { createHmac } from 'node:crypto';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LiveKitWorkerDouble } from './livekit-worker-double.js';

const API_KEY = 'double-key';
const API_SECRET = 'double-secret-0123456789abcdef';

let double: LiveKitWorkerDouble;
beforeAll(async () => {
  double = await LiveKitWorkerDouble.start({ apiKey: API_KEY, apiSecret: API_SECRET });
});
afterAll(async () => double?.close());

function jwt(claims: object, secret: string): string {
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const body = `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode(claims)}`;
  return `${body}.${createHmac('sha256', secret).update(body).digest('base64url')}`;
}

/** A WebSocket upgrade request to `path`; resolves to the HTTP status of the answer. */
function upgrade(path: string, token: string): Promise<number> {
  const url = new URL(path, double.url.replace('ws:', 'http:'));
  return new Promise((resolve, reject) => {
    const req = request(url, {
      headers: {
        connection: 'Upgrade',
        upgrade: 'websocket',
        'sec-websocket-version': '13',
        'sec-websocket-key': Buffer.from('0123456789abcdef').toString('base64'),
        authorization: `Bearer ${token}`,
      },
    });
    req.on('upgrade', (response, socket) => {
      socket.destroy();
      resolve(response.statusCode ?? 0);
    });
    req.on('response', (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the LiveKit worker double', () => {
  it('lets a worker in only with an agent token signed by the API secret', async () => {
    const agentGrant = { iss: API_KEY, video: { agent: true } };
    expect(await upgrade('/agent', jwt(agentGrant, 'another-secret'))).toBe(401);
    expect(
      await upgrade('/agent', jwt({ iss: API_KEY, video: { roomJoin: true } }, API_SECRET)),
    ).toBe(401);
    expect(await upgrade('/agent', jwt({ ...agentGrant, iss: 'other-key' }, API_SECRET))).toBe(401);
    expect(double.refused).toEqual([
      { path: '/agent', reason: 'bad or missing token' },
      { path: '/agent', reason: 'no agent grant' },
      { path: '/agent', reason: 'bad or missing token' },
    ]);
    expect(await upgrade('/agent', jwt(agentGrant, API_SECRET))).toBe(101);
  });

  it('records a room join with its token and refuses it (no media server)', async () => {
    expect(await upgrade('/rtc?access_token=tok_1', 'ignored')).toBe(404);
    await double.roomJoinWith('tok_1', 1000);
    expect(double.roomJoins).toContainEqual({ path: '/rtc', token: 'tok_1' });
  });

  it('cannot dispatch before a worker registered', async () => {
    await expect(
      double.dispatch({ roomName: 'r', agentName: 'a', metadata: '{}' }),
    ).rejects.toThrow('no worker registered');
  });
});
