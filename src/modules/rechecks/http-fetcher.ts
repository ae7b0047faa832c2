// The real re-check fetcher: one GET of a referred URL over node:http(s), safe to point at URLs
// that tenants chose. Every hop (the URL and each redirect) is resolved once, every address it
// resolves to is vetted (outbound-target.ts), and the connection goes to the vetted address through
// a pinned lookup, so DNS cannot answer differently between the check and the connection.
// Redirects are followed by hand (at most MAX_REDIRECTS, http and https only). The body is read up
// to a byte limit and then dropped; a connect timeout and a total time limit bound the wait. No
// cookies are kept or sent, and the User-Agent is fixed.
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { performance } from 'node:perf_hooks';
import { isPrivateAddress, vetHost, type ResolvedAddress, type Resolver } from '../webhooks/outbound-target.ts';
import type { FetchErrorCode, FetchHop, FetchOutcome, UrlFetcher } from './fetcher.ts';

export const RECHECK_USER_AGENT = 'Vigil-Recheck/1.0 (+referral re-check; no cookies)';
export const MAX_REDIRECTS = 5;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

export interface SafeHttpFetcherOptions {
  /** Bytes of a body read at most; the rest is never downloaded. */
  maxBytes: number;
  /** The whole check: every hop, connection, answer and body. */
  timeoutMs: number;
  /** One TCP connection. */
  connectTimeoutMs: number;
  /** VIGIL_RECHECK_ALLOW_PRIVATE_TARGETS: connect to private and loopback addresses too (tests). */
  allowPrivateTargets: boolean;
  maxRedirects?: number;
  /** DNS, injectable so tests can make a public-looking name resolve to loopback. */
  resolver?: Resolver;
  /** Which addresses are refused; default: private ones unless allowed. Tests narrow it. */
  isForbidden?: (address: string) => boolean;
}

class FetchFailure extends Error {
  constructor(
    readonly code: FetchErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export class SafeHttpFetcher implements UrlFetcher {
  readonly #isForbidden: (address: string) => boolean;

  constructor(private readonly options: SafeHttpFetcherOptions) {
    this.#isForbidden = options.isForbidden ?? (options.allowPrivateTargets ? () => false : isPrivateAddress);
  }

  async fetch(url: string, options: { signal?: AbortSignal } = {}): Promise<FetchOutcome> {
    const started = performance.now();
    const timeout = AbortSignal.timeout(this.options.timeoutMs);
    const signal = options.signal ? AbortSignal.any([timeout, options.signal]) : timeout;
    const maxRedirects = this.options.maxRedirects ?? MAX_REDIRECTS;
    const hops: FetchHop[] = [];
    let current = url;
    let status: number | null = null;
    const outcome = (rest: Partial<FetchOutcome> = {}): FetchOutcome => ({
      url,
      finalUrl: current,
      status,
      hops,
      bytesRead: 0,
      truncated: false,
      body: Buffer.alloc(0),
      errorCode: null,
      errorDetail: null,
      ...rest,
      durationMs: Math.round(performance.now() - started),
    });
    const failed = (code: FetchErrorCode, detail: string) => outcome({ errorCode: code, errorDetail: detail });
    const failure = (error: unknown) => {
      const f = classifyError(error, signal, timeout, this.options.timeoutMs);
      return failed(f.code, f.message);
    };

    for (let redirects = 0; ; redirects++) {
      const target = parseTarget(current);
      if (!target) return failed(redirects === 0 ? 'URL_INVALID' : 'REDIRECT_INVALID', `${redirects === 0 ? 'The URL' : 'The redirect target'} is not an http(s) URL without credentials.`);
      let pinned: ResolvedAddress;
      try {
        const vetted = await abortable(vetHost(target.hostname, { ...(this.options.resolver ? { resolver: this.options.resolver } : {}), isForbidden: this.#isForbidden }), signal);
        if (!vetted.ok) {
          hops.push({ url: current, address: null, status: null });
          return failed(vetted.code, redirects === 0 ? vetted.detail : `Redirect refused: ${vetted.detail}`);
        }
        pinned = vetted.addresses[0]!;
      } catch (error) {
        return failure(error);
      }
      const hop: FetchHop = { url: current, address: pinned.address, status: null };
      hops.push(hop);
      let response: IncomingMessage;
      try {
        response = await this.#request(target, pinned, signal);
      } catch (error) {
        return failure(error);
      }
      status = response.statusCode ?? null;
      hop.status = status;
      if (status !== null && REDIRECT_STATUSES.has(status)) {
        const location = response.headers.location;
        response.destroy();
        if (!location) return failed('REDIRECT_INVALID', `HTTP ${status} without a Location header.`);
        if (redirects >= maxRedirects) return failed('TOO_MANY_REDIRECTS', `More than ${maxRedirects} redirects.`);
        let next: URL;
        try {
          next = new URL(location, current);
        } catch {
          return failed('REDIRECT_INVALID', 'The Location header is not a URL.');
        }
        current = next.toString();
        continue;
      }
      const read = await readBody(response, this.options.maxBytes);
      if (read.error) {
        const f = classifyError(read.error, signal, timeout, this.options.timeoutMs);
        return outcome({ body: read.body, bytesRead: read.body.length, truncated: false, errorCode: f.code, errorDetail: `${f.message} (while reading the body)` });
      }
      return outcome({ body: read.body, bytesRead: read.body.length, truncated: read.truncated });
    }
  }

  /** One GET to the pinned address; resolves with the answer's head. */
  #request(target: URL, pinned: ResolvedAddress, signal: AbortSignal): Promise<IncomingMessage> {
    const lookup: LookupFunction = (_hostname, opts, callback) => {
      if (opts.all) callback(null, [{ address: pinned.address, family: pinned.family }]);
      else callback(null, pinned.address, pinned.family);
    };
    return new Promise((resolve, reject) => {
      const client = target.protocol === 'https:' ? https : http;
      const req = client.request({
        protocol: target.protocol,
        hostname: unbracketed(target.hostname),
        port: target.port === '' ? undefined : Number(target.port),
        path: `${target.pathname}${target.search}`,
        method: 'GET',
        // Nothing that identifies a session or a person: no cookies, no referrer, no credentials.
        headers: { 'user-agent': RECHECK_USER_AGENT, accept: '*/*', 'accept-encoding': 'identity', connection: 'close' },
        agent: false,
        lookup,
        signal,
      });
      const connectTimer = setTimeout(() => req.destroy(new FetchFailure('CONNECT_TIMEOUT', `No connection within ${this.options.connectTimeoutMs} ms.`)), this.options.connectTimeoutMs);
      req.once('socket', (socket) => socket.once('connect', () => clearTimeout(connectTimer)));
      req.once('response', (res) => {
        clearTimeout(connectTimer);
        resolve(res);
      });
      // `on`, not `once`: an error after the answer (an abort while the body is read) must not go unheard.
      req.on('error', (error) => {
        clearTimeout(connectTimer);
        reject(error);
      });
      req.end();
    });
  }
}

function parseTarget(raw: string): URL | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.username !== '' || url.password !== '' || url.hostname === '') return null;
  return url;
}

const unbracketed = (host: string) => host.replace(/^\[|\]$/g, '');

/** Reads at most maxBytes of the body, then stops reading and closes the connection. */
function readBody(res: IncomingMessage, maxBytes: number): Promise<{ body: Buffer; truncated: boolean; error: Error | null }> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const finish = (truncated: boolean, error: Error | null) => {
      if (settled) return;
      settled = true;
      resolve({ body: Buffer.concat(chunks, size), truncated, error });
    };
    res.on('data', (chunk: Buffer) => {
      if (settled) return;
      const room = maxBytes - size;
      if (chunk.length > room) {
        chunks.push(chunk.subarray(0, room));
        size = maxBytes;
        finish(true, null);
        res.destroy();
        return;
      }
      chunks.push(chunk);
      size += chunk.length;
    });
    res.once('end', () => finish(false, null));
    res.on('error', (error) => finish(false, error));
    res.once('close', () => finish(false, res.complete ? null : new Error('The connection closed before the body ended.')));
  });
}

/** Rejects when the signal aborts, for waits (DNS) that take no signal of their own. */
function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

const TLS_CODE = /^(ERR_TLS_|ERR_SSL_|CERT_|UNABLE_TO_|DEPTH_ZERO_|SELF_SIGNED_|HOSTNAME_MISMATCH|ERR_OSSL_)/;

function classifyError(error: unknown, signal: AbortSignal, timeout: AbortSignal, timeoutMs: number): { code: FetchErrorCode; message: string } {
  if (error instanceof FetchFailure) return { code: error.code, message: error.message };
  if (timeout.aborted) return { code: 'TIMEOUT', message: `The check took longer than ${timeoutMs} ms.` };
  if (signal.aborted) return { code: 'ABORTED', message: 'The check was cancelled.' };
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? '';
  const message = error instanceof Error ? error.message : String(error);
  if (TLS_CODE.test(code)) return { code: 'TLS_FAILED', message: `${code}: ${message}` };
  if (code.startsWith('HPE_')) return { code: 'PROTOCOL_ERROR', message: `${code}: ${message}` };
  return { code: 'CONNECTION_FAILED', message: code ? `${code}: ${message}` : message };
}
