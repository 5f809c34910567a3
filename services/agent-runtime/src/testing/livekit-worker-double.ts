import { createHash, createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import {
  type AvailabilityResponse,
  Job,
  JobAssignment,
  JobType,
  type RegisterWorkerRequest,
  Room,
  ServerInfo,
  ServerInfo_Edition,
  ServerMessage,
  WorkerMessage,
} from '@livekit/protocol';

/**
 * A test double of the LiveKit server's side of the agent worker protocol: protobuf
 * `WorkerMessage`/`ServerMessage` over a WebSocket at `/agent` (register → availability →
 * assignment), as `@livekit/agents`' `AgentServer` speaks it. It has no media: a job that then
 * joins the room (`ctx.connect()` → `/rtc`) is recorded and refused.
 *
 * The WebSocket layer is a minimal RFC 6455 server (binary frames, close, ping) so that the
 * double needs nothing beyond Node and the protocol package.
 */
export class LiveKitWorkerDouble {
  /** Every message the workers sent, in arrival order. */
  readonly received: WorkerMessage[] = [];
  /** Every attempt to join a room (`/rtc…`, WebSocket or HTTP), with the token presented. */
  readonly roomJoins: { path: string; token: string | null }[] = [];
  /** Upgrade requests refused because their token was not signed with the API secret. */
  readonly refused: { path: string; reason: string }[] = [];

  readonly #server: Server;
  readonly #apiKey: string;
  readonly #apiSecret: string;
  readonly #connections = new Set<Connection>();
  readonly #waiters = new Set<() => void>();
  #worker: Connection | undefined;

  private constructor(server: Server, options: WorkerDoubleOptions) {
    this.#server = server;
    this.#apiKey = options.apiKey;
    this.#apiSecret = options.apiSecret;
  }

  /** Starts the double on 127.0.0.1 (a free port unless `port` is given). */
  static async start(
    options: WorkerDoubleOptions & { port?: number },
  ): Promise<LiveKitWorkerDouble> {
    const server = createServer();
    const double = new LiveKitWorkerDouble(server, options);
    server.on('request', (request, response) => {
      // The room client probes `/rtc/validate` over plain HTTP after a failed join.
      double.#recordJoin(request);
      response.writeHead(404, { 'content-type': 'text/plain' }).end('no media server here');
    });
    server.on('upgrade', (request, socket, head) => double.#upgrade(request, socket, head));
    await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
    return double;
  }

  /** The `LIVEKIT_URL` of this double. */
  get url(): string {
    const { port } = this.#server.address() as AddressInfo;
    return `ws://127.0.0.1:${port}`;
  }

  /**
   * Waits for a worker's `RegisterWorkerRequest` and answers `RegisterWorkerResponse` with a
   * worker id; the worker counts as registered from then on.
   */
  async acceptRegistration(timeoutMs = 30_000): Promise<RegisteredWorker> {
    const message = await this.#next(
      (m) => m.message.case === 'register',
      timeoutMs,
      'RegisterWorkerRequest',
    );
    const request = message.message.value as RegisterWorkerRequest;
    const worker = this.#connectionOf(message);
    this.#worker = worker;
    const workerId = `AW_${randomUUID().slice(0, 12)}`;
    worker.send(
      new ServerMessage({
        message: {
          case: 'register',
          value: {
            workerId,
            serverInfo: new ServerInfo({
              edition: ServerInfo_Edition.Standard,
              version: 'worker-double',
              protocol: 16,
            }),
          },
        },
      }).toBinary(),
    );
    return { workerId, request, claims: worker.claims };
  }

  /**
   * Offers a job to the registered worker (`AvailabilityRequest`) and waits for its answer; when
   * it accepts, assigns the job (`JobAssignment`) with this double's URL and a room token.
   */
  async dispatch(options: {
    roomName: string;
    agentName: string;
    metadata: string;
    jobId?: string;
    timeoutMs?: number;
  }): Promise<Dispatched> {
    const worker = this.#worker;
    if (!worker) throw new Error('no worker registered: call acceptRegistration() first');
    const job = new Job({
      id: options.jobId ?? `AJ_${randomUUID().slice(0, 12)}`,
      dispatchId: `AD_${randomUUID().slice(0, 12)}`,
      type: JobType.JT_ROOM,
      room: new Room({ sid: `RM_${randomUUID().slice(0, 12)}`, name: options.roomName }),
      metadata: options.metadata,
      agentName: options.agentName,
    });
    worker.send(
      new ServerMessage({
        message: { case: 'availability', value: { job, resuming: false } },
      }).toBinary(),
    );
    const answer = await this.#next(
      (m) => m.message.case === 'availability' && m.message.value.jobId === job.id,
      options.timeoutMs ?? 30_000,
      `AvailabilityResponse for ${job.id}`,
    );
    const availability = answer.message.value as AvailabilityResponse;
    if (!availability.available) return { job, availability, assignment: null };
    const token = this.#sign({
      iss: this.#apiKey,
      sub: availability.participantIdentity,
      name: availability.participantName,
      nbf: Math.floor(Date.now() / 1000),
      exp: Math.floor(Date.now() / 1000) + 600,
      kind: 'agent',
      video: { room: options.roomName, roomJoin: true, agent: true },
    });
    const assignment = new JobAssignment({ job, url: this.url, token });
    worker.send(
      new ServerMessage({ message: { case: 'assignment', value: assignment } }).toBinary(),
    );
    return { job, availability, assignment };
  }

  /** Resolves once a room join has been attempted with `token` (the job's `ctx.connect()`). */
  async roomJoinWith(token: string, timeoutMs = 30_000): Promise<void> {
    await this.#waitUntil(
      () => this.roomJoins.some((join) => join.token === token),
      timeoutMs,
      'a room join with the assigned token',
    );
  }

  /** Closes every connection and the server. Stop the worker first, or it reconnects. */
  async close(): Promise<void> {
    for (const connection of this.#connections) connection.close(1001);
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  #upgrade(request: IncomingMessage, socket: Duplex, head: Buffer) {
    const path = new URL(request.url ?? '/', 'http://double').pathname;
    if (path !== '/agent') {
      this.#recordJoin(request);
      socket.end('HTTP/1.1 404 Not Found\r\nconnection: close\r\n\r\n');
      return;
    }
    const authorization = request.headers.authorization ?? '';
    const claims = authorization.startsWith('Bearer ')
      ? this.#verify(authorization.slice('Bearer '.length))
      : null;
    const key = request.headers['sec-websocket-key'];
    if (!claims || (claims.video as { agent?: boolean } | undefined)?.agent !== true || !key) {
      this.refused.push({ path, reason: claims ? 'no agent grant' : 'bad or missing token' });
      socket.end('HTTP/1.1 401 Unauthorized\r\nconnection: close\r\n\r\n');
      return;
    }
    const accept = createHash('sha1')
      .update(`${key}258EAFA5-E914-47DA-95CA-C5AB0DC85B11`)
      .digest('base64');
    socket.write(
      [
        'HTTP/1.1 101 Switching Protocols',
        'Upgrade: websocket',
        'Connection: Upgrade',
        `Sec-WebSocket-Accept: ${accept}`,
        '',
        '',
      ].join('\r\n'),
    );
    const connection = new Connection(socket, claims, (data) => {
      const message = WorkerMessage.fromBinary(data);
      origins.set(message, connection);
      this.received.push(message);
      for (const wake of [...this.#waiters]) wake();
    });
    this.#connections.add(connection);
    socket.on('close', () => this.#connections.delete(connection));
    if (head.length > 0) connection.feed(head);
  }

  #recordJoin(request: IncomingMessage) {
    const url = new URL(request.url ?? '/', 'http://double');
    const authorization = request.headers.authorization ?? '';
    const token =
      url.searchParams.get('access_token') ??
      (authorization.startsWith('Bearer ') ? authorization.slice('Bearer '.length) : null);
    this.roomJoins.push({ path: url.pathname, token });
    for (const wake of [...this.#waiters]) wake();
  }

  #connectionOf(message: WorkerMessage): Connection {
    const connection = origins.get(message);
    if (!connection) throw new Error('message of an unknown connection');
    return connection;
  }

  /** The first message received (from now on or already) that matches and was not consumed. */
  async #next(
    match: (message: WorkerMessage) => boolean,
    timeoutMs: number,
    what: string,
  ): Promise<WorkerMessage> {
    let found: WorkerMessage | undefined;
    await this.#waitUntil(
      () => {
        found = this.received.find((message) => !consumed.has(message) && match(message));
        return found !== undefined;
      },
      timeoutMs,
      what,
    );
    const message = found as WorkerMessage;
    consumed.add(message);
    return message;
  }

  #waitUntil(done: () => boolean, timeoutMs: number, what: string): Promise<void> {
    if (done()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const wake = () => {
        if (!done()) return;
        clearTimeout(timer);
        this.#waiters.delete(wake);
        resolve();
      };
      const timer = setTimeout(() => {
        this.#waiters.delete(wake);
        reject(new Error(`worker double: no ${what} within ${timeoutMs} ms`));
      }, timeoutMs);
      this.#waiters.add(wake);
    });
  }

  #sign(claims: Record<string, unknown>): string {
    const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const body = `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode(claims)}`;
    const signature = createHmac('sha256', this.#apiSecret).update(body).digest('base64url');
    return `${body}.${signature}`;
  }

  #verify(token: string): Record<string, unknown> | null {
    const [header, payload, signature] = token.split('.');
    if (!header || !payload || !signature) return null;
    const expected = createHmac('sha256', this.#apiSecret).update(`${header}.${payload}`).digest();
    const given = Buffer.from(signature, 'base64url');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
    try {
      const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<
        string,
        unknown
      >;
      return claims.iss === this.#apiKey ? claims : null;
    } catch {
      return null;
    }
  }
}

/** How the double authenticates workers (the LiveKit API key and secret they sign with). */
export interface WorkerDoubleOptions {
  apiKey: string;
  apiSecret: string;
}

/** A worker the double registered. */
export interface RegisteredWorker {
  workerId: string;
  request: RegisterWorkerRequest;
  /** The claims of the token the worker connected with (checked against the API secret). */
  claims: Record<string, unknown>;
}

/** A job offered to the worker: its answer, and the assignment sent if it accepted. */
export interface Dispatched {
  job: Job;
  availability: AvailabilityResponse;
  assignment: JobAssignment | null;
}

// Which connection each received message came from, and which ones a wait already returned.
const origins = new WeakMap<WorkerMessage, Connection>();
const consumed = new WeakSet<WorkerMessage>();

const OPCODE = { continuation: 0x0, text: 0x1, binary: 0x2, close: 0x8, ping: 0x9, pong: 0xa };

/** One server-side WebSocket: unmasks client frames, reassembles fragments, answers pings. */
class Connection {
  readonly claims: Record<string, unknown>;
  readonly #socket: Duplex;
  readonly #onMessage: (data: Uint8Array) => void;
  #buffer = Buffer.alloc(0);
  #fragments: Buffer[] = [];
  #closed = false;

  constructor(
    socket: Duplex,
    claims: Record<string, unknown>,
    onMessage: (data: Uint8Array) => void,
  ) {
    this.#socket = socket;
    this.claims = claims;
    this.#onMessage = onMessage;
    socket.on('data', (chunk: Buffer) => this.feed(chunk));
    socket.on('error', () => socket.destroy());
  }

  feed(chunk: Buffer) {
    this.#buffer = Buffer.concat([this.#buffer, chunk]);
    for (;;) {
      const frame = this.#readFrame();
      if (!frame) return;
      this.#handle(frame.fin, frame.opcode, frame.payload);
    }
  }

  send(data: Uint8Array, opcode = OPCODE.binary) {
    if (this.#closed) return;
    const length = data.length;
    let header: Buffer;
    if (length < 126) {
      header = Buffer.from([0x80 | opcode, length]);
    } else if (length < 65_536) {
      header = Buffer.alloc(4);
      header.writeUInt8(0x80 | opcode, 0);
      header.writeUInt8(126, 1);
      header.writeUInt16BE(length, 2);
    } else {
      header = Buffer.alloc(10);
      header.writeUInt8(0x80 | opcode, 0);
      header.writeUInt8(127, 1);
      header.writeBigUInt64BE(BigInt(length), 2);
    }
    this.#socket.write(Buffer.concat([header, data]));
  }

  close(code: number) {
    if (this.#closed) return;
    const payload = Buffer.alloc(2);
    payload.writeUInt16BE(code, 0);
    this.send(payload, OPCODE.close);
    this.#closed = true;
    this.#socket.end();
  }

  #readFrame(): { fin: boolean; opcode: number; payload: Buffer } | null {
    const b = this.#buffer;
    if (b.length < 2) return null;
    const first = b.readUInt8(0);
    const second = b.readUInt8(1);
    let length = second & 0x7f;
    let offset = 2;
    if (length === 126) {
      if (b.length < 4) return null;
      length = b.readUInt16BE(2);
      offset = 4;
    } else if (length === 127) {
      if (b.length < 10) return null;
      length = Number(b.readBigUInt64BE(2));
      offset = 10;
    }
    const masked = (second & 0x80) !== 0;
    const mask = masked ? b.subarray(offset, offset + 4) : null;
    if (masked) offset += 4;
    if (b.length < offset + length) return null;
    const payload = Buffer.from(b.subarray(offset, offset + length));
    if (mask) {
      for (let i = 0; i < payload.length; i++) {
        payload.writeUInt8(payload.readUInt8(i) ^ (mask.readUInt8(i % 4) as number), i);
      }
    }
    this.#buffer = b.subarray(offset + length);
    return { fin: (first & 0x80) !== 0, opcode: first & 0x0f, payload };
  }

  #handle(fin: boolean, opcode: number, payload: Buffer) {
    switch (opcode) {
      case OPCODE.continuation:
      case OPCODE.text:
      case OPCODE.binary:
        this.#fragments.push(payload);
        if (fin) {
          const data = Buffer.concat(this.#fragments);
          this.#fragments = [];
          this.#onMessage(new Uint8Array(data));
        }
        return;
      case OPCODE.ping:
        this.send(payload, OPCODE.pong);
        return;
      case OPCODE.close:
        this.close(payload.length >= 2 ? payload.readUInt16BE(0) : 1000);
        return;
      default:
        return;
    }
  }
}
