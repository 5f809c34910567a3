import { lookup as dnsLookup } from 'node:dns/promises';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { isIP } from 'node:net';
import { isForbiddenAddress } from './address-guard.js';

/** One resolved address of a host name. */
export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** Resolves a host name to every address it has (injectable for tests). */
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

/** The system resolver, every address. */
export const systemResolver: Resolver = async (hostname) =>
  (await dnsLookup(hostname, { all: true, verbatim: true })).map((entry) => ({
    address: entry.address,
    family: entry.family === 6 ? 6 : 4,
  }));

/** Why a webhook call failed; `reason` is for logs, the tool answer stays generic. */
export class WebhookError extends Error {
  override readonly name = 'WebhookError';
  constructor(
    readonly reason:
      | 'invalid_url'
      | 'forbidden_address'
      | 'dns_failure'
      | 'timeout'
      | 'too_large'
      | 'http_status'
      | 'network',
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

/** A partner webhook call, as the orientation's `http` block declares it. */
export interface WebhookRequest {
  method: 'GET' | 'POST';
  url: string;
  headers: Readonly<Record<string, string>>;
  timeoutMs: number;
  /** The tool's arguments (fixed ones applied): query string for GET, JSON body for POST. */
  arguments: Readonly<Record<string, unknown>>;
}

/** Limits and seams of {@link callWebhook}. */
export interface WebhookOptions {
  resolver?: Resolver;
  /** Largest response body read, in bytes. */
  maxResponseBytes?: number;
  /**
   * Addresses allowed even though they are private. For tests against a local server only:
   * production wiring never passes it.
   */
  allowAddresses?: readonly string[];
}

/** The largest webhook answer read by default: a spoken answer needs far less. */
export const DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024;

async function checkedAddress(
  hostname: string,
  resolver: Resolver,
  allowed: ReadonlySet<string>,
): Promise<ResolvedAddress> {
  const bare = hostname.replace(/^\[|\]$/g, '');
  const literal = isIP(bare);
  let addresses: ResolvedAddress[];
  if (literal !== 0) addresses = [{ address: bare, family: literal === 6 ? 6 : 4 }];
  else {
    try {
      addresses = await resolver(bare);
    } catch {
      throw new WebhookError('dns_failure', `Cannot resolve ${bare}.`);
    }
  }
  if (addresses.length === 0) throw new WebhookError('dns_failure', `${bare} has no address.`);
  // Every address must pass: a host resolving to one public and one private address could
  // otherwise be reached on the private one.
  for (const entry of addresses) {
    if (!allowed.has(entry.address) && isForbiddenAddress(entry.address)) {
      throw new WebhookError('forbidden_address', `${bare} resolves to a forbidden address.`);
    }
  }
  return addresses[0] as ResolvedAddress;
}

function pinnedLookup(target: ResolvedAddress): LookupFunction {
  // The connection goes to the address that was checked, never to a second resolution of the
  // name (which a hostile DNS server could answer differently).
  return ((
    _hostname: string,
    options: { all?: boolean },
    callback: (...args: unknown[]) => void,
  ) => {
    if (options?.all) callback(null, [{ address: target.address, family: target.family }]);
    else callback(null, target.address, target.family);
  }) as unknown as LookupFunction;
}

/**
 * Calls a partner webhook: http(s) only, every resolved address checked against the guard and
 * the connection pinned to the checked one, no redirects, a timeout and a response size cap.
 * Returns the parsed JSON body (or its text).
 */
export async function callWebhook(
  request: WebhookRequest,
  options: WebhookOptions = {},
): Promise<unknown> {
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    throw new WebhookError('invalid_url', 'The webhook URL is invalid.');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new WebhookError('invalid_url', 'Only http and https webhooks are allowed.');
  }
  if (url.username || url.password) {
    throw new WebhookError('invalid_url', 'Webhook URLs may not carry credentials.');
  }
  const target = await checkedAddress(
    url.hostname,
    options.resolver ?? systemResolver,
    new Set(options.allowAddresses ?? []),
  );
  let body: string | undefined;
  if (request.method === 'GET') {
    for (const [key, value] of Object.entries(request.arguments)) {
      if (value !== undefined && value !== null) url.searchParams.set(key, String(value));
    }
  } else body = JSON.stringify(request.arguments);
  const maxBytes = options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
  const text = await send(url, request, target, body, maxBytes);
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function send(
  url: URL,
  request: WebhookRequest,
  target: ResolvedAddress,
  body: string | undefined,
  maxBytes: number,
): Promise<string> {
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const fail = (error: WebhookError) => {
      clearTimeout(timer);
      req.destroy();
      reject(error);
    };
    // One deadline for connecting, waiting and reading the whole body.
    const timer = setTimeout(
      () => fail(new WebhookError('timeout', 'The webhook did not answer in time.')),
      request.timeoutMs,
    );
    const req = client.request(
      url,
      {
        method: request.method,
        lookup: pinnedLookup(target),
        headers: {
          ...request.headers,
          accept: 'application/json, text/plain;q=0.9',
          'user-agent': 'scenaro-agent-runtime',
          ...(body === undefined
            ? {}
            : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }),
        },
      },
      (response) => {
        const status = response.statusCode ?? 0;
        if (status < 200 || status >= 300) {
          response.resume();
          fail(new WebhookError('http_status', `The webhook answered ${status}.`, status));
          return;
        }
        const declared = Number(response.headers['content-length']);
        if (Number.isFinite(declared) && declared > maxBytes) {
          fail(new WebhookError('too_large', 'The webhook answer is too large.'));
          return;
        }
        const chunks: Buffer[] = [];
        let size = 0;
        response.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > maxBytes) {
            fail(new WebhookError('too_large', 'The webhook answer is too large.'));
            return;
          }
          chunks.push(chunk);
        });
        response.on('end', () => {
          clearTimeout(timer);
          resolve(Buffer.concat(chunks).toString('utf8'));
        });
        response.on('error', () => fail(new WebhookError('network', 'The webhook call failed.')));
      },
    );
    req.on('error', (error) => {
      if (error instanceof WebhookError) return;
      fail(new WebhookError('network', 'The webhook call failed.'));
    });
    req.end(body);
  });
}
