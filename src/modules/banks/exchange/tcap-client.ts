// Fetching a TCAP hash list page by page. The caller stores each page's rows and then its
// checkpoint, so an interrupted import resumes with `after: <checkpoint>`. Every request is
// bounded (time, bytes); transient failures (network, timeout, 429, 5xx) are retried with
// backoff; links and redirects may not leave the start URL's origin, because the request headers
// carry the caller's credentials. `fetch` is injected so tests and the app choose the transport.

import { ExchangeError } from './exchange-error.ts';
import type { ParsedRow } from './exchange-record.ts';
import { parseJsonSafely } from './safe-json.ts';
import type { SignalValidator } from './signal-validator.ts';
import { parseTcapPage } from './tcap-page.ts';

export interface TcapFetchOptions {
  /** The hash list endpoint, e.g. https://…/api/hash-list/v2/all. */
  url: string;
  /** Resume after this checkpoint (sent as `?after=`). */
  after?: string | null;
  fetch?: typeof fetch;
  headers?: Record<string, string>;
  signal?: AbortSignal;
  /** Stop after this many pages (default 10 000); resume later from the last checkpoint. */
  maxPages?: number;
  /** Per page, body included (default 60 s). */
  timeoutMs?: number;
  /** Per page, after decompression (default 16 MiB). */
  maxPageBytes?: number;
  /** Retries per page after the first attempt (default 3). */
  retries?: number;
  /** First backoff delay, doubled per retry (default 500 ms). */
  retryDelayMs?: number;
  /**
   * `next` follows the server's `next` links; `checkpoint` asks for `after=<checkpoint>` instead,
   * as python-threatexchange does, while `next` is non-null.
   */
  paging?: 'next' | 'checkpoint';
  validator?: SignalValidator;
}

export interface TcapFetchedPage {
  /** 1-based within this run. */
  page: number;
  rows: ParsedRow[];
  /** The latest checkpoint: this page's, or the previous one if the page had none. */
  checkpoint: string | null;
  count: number;
}

const MAX_REDIRECTS = 5;
const MAX_RETRY_AFTER_MS = 60_000;

function describe(url: URL): string {
  return `${url.origin}${url.pathname}`; // never the query, which may carry a token
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(new ExchangeError('EXCHANGE_ABORTED', 'the TCAP fetch was aborted'));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    if (signal?.aborted) onAbort();
    else signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** A failure worth another attempt. */
class Transient extends Error {
  constructor(
    message: string,
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}

async function readBody(response: Response, maxBytes: number, url: URL): Promise<string> {
  const tooLarge = (): ExchangeError =>
    new ExchangeError('EXCHANGE_PAGE_TOO_LARGE', `a TCAP page is larger than ${maxBytes} bytes`, { url: describe(url), maxBytes });
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw tooLarge();
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new ExchangeError('VALIDATION_FAILED', 'a TCAP page is not valid UTF-8', { url: describe(url) });
  }
}

function retryAfterMs(response: Response): number | undefined {
  const seconds = Number(response.headers.get('retry-after') ?? Number.NaN);
  return Number.isFinite(seconds) && seconds >= 0 ? Math.min(seconds * 1000, MAX_RETRY_AFTER_MS) : undefined;
}

interface Attempt {
  fetchFn: typeof fetch;
  headers: Record<string, string>;
  origin: string;
  timeoutMs: number;
  maxPageBytes: number;
  signal: AbortSignal | undefined;
}

/** One GET of one page, following same-origin redirects; throws Transient for retryable failures. */
async function fetchOnce(url: URL, a: Attempt): Promise<unknown> {
  const timeout = AbortSignal.timeout(a.timeoutMs);
  const signal = a.signal ? AbortSignal.any([a.signal, timeout]) : timeout;
  let current = url;
  try {
    for (let redirects = 0; ; redirects++) {
      const response = await a.fetchFn(current, { headers: a.headers, signal, redirect: 'manual' });
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location !== null) {
        await response.body?.cancel().catch(() => undefined);
        const target = new URL(location, current);
        if (target.origin !== a.origin) {
          throw new ExchangeError('EXCHANGE_CROSS_ORIGIN', 'a TCAP redirect leaves the list origin', { url: describe(current), to: target.origin });
        }
        if (redirects >= MAX_REDIRECTS) throw new ExchangeError('EXCHANGE_FETCH_FAILED', 'too many redirects', { url: describe(url) });
        current = target;
        continue;
      }
      if (response.status === 429 || response.status >= 500) {
        await response.body?.cancel().catch(() => undefined);
        throw new Transient(`HTTP ${response.status}`, retryAfterMs(response));
      }
      if (response.status < 200 || response.status >= 300) {
        await response.body?.cancel().catch(() => undefined);
        throw new ExchangeError('EXCHANGE_FETCH_FAILED', `the TCAP server answered HTTP ${response.status}`, {
          url: describe(current),
          status: response.status,
        });
      }
      const text = await readBody(response, a.maxPageBytes, current);
      try {
        return parseJsonSafely(text);
      } catch {
        throw new ExchangeError('VALIDATION_FAILED', 'a TCAP page is not JSON', { url: describe(current) });
      }
    }
  } catch (error) {
    if (error instanceof ExchangeError || error instanceof Transient) throw error;
    if (a.signal?.aborted) throw new ExchangeError('EXCHANGE_ABORTED', 'the TCAP fetch was aborted', {}, { cause: error });
    if (timeout.aborted) throw new Transient(`no complete answer within ${a.timeoutMs} ms`);
    throw new Transient(error instanceof Error ? error.message : 'network error');
  }
}

async function fetchWithRetries(url: URL, a: Attempt, retries: number, delayMs: number): Promise<unknown> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fetchOnce(url, a);
    } catch (error) {
      if (!(error instanceof Transient)) throw error;
      if (attempt >= retries) {
        throw new ExchangeError('EXCHANGE_FETCH_FAILED', `fetching a TCAP page failed ${attempt + 1} times: ${error.message}`, {
          url: describe(url),
        });
      }
      await sleep(Math.max(error.retryAfterMs ?? 0, delayMs * 2 ** attempt), a.signal);
    }
  }
}

function startUrl(url: string, after: string | null | undefined): URL {
  let start: URL;
  try {
    start = new URL(url);
  } catch {
    throw new ExchangeError('VALIDATION_FAILED', 'the TCAP URL is not a URL');
  }
  if (start.protocol !== 'https:' && start.protocol !== 'http:') {
    throw new ExchangeError('VALIDATION_FAILED', 'the TCAP URL must be http(s)');
  }
  if (start.username !== '' || start.password !== '') {
    throw new ExchangeError('VALIDATION_FAILED', 'put TCAP credentials in headers, not in the URL');
  }
  // Checkpoints only make sense in ascending order; python-threatexchange always asks for it.
  if (!start.searchParams.has('order')) start.searchParams.set('order', 'asc');
  if (after) start.searchParams.set('after', after);
  return start;
}

export async function* fetchTcapPages(options: TcapFetchOptions): AsyncGenerator<TcapFetchedPage> {
  const start = startUrl(options.url, options.after);
  const attempt: Attempt = {
    fetchFn: options.fetch ?? fetch,
    headers: { accept: 'application/json', ...options.headers },
    origin: start.origin,
    timeoutMs: options.timeoutMs ?? 60_000,
    maxPageBytes: options.maxPageBytes ?? 16 * 1024 * 1024,
    signal: options.signal,
  };
  const maxPages = options.maxPages ?? 10_000;
  const visited = new Set<string>();
  let checkpoint = options.after ?? null;
  let url: URL | null = start;
  for (let page = 1; url !== null && page <= maxPages; page++) {
    if (options.signal?.aborted) throw new ExchangeError('EXCHANGE_ABORTED', 'the TCAP fetch was aborted');
    if (visited.has(url.href)) {
      throw new ExchangeError('VALIDATION_FAILED', 'the TCAP list links back to a page already fetched', { url: describe(url) });
    }
    visited.add(url.href);
    const json = await fetchWithRetries(url, attempt, options.retries ?? 3, options.retryDelayMs ?? 500);
    const parsed = parseTcapPage(json, { validator: options.validator });
    checkpoint = parsed.checkpoint ?? checkpoint;
    yield { page, rows: parsed.rows, checkpoint, count: parsed.count };
    url = nextUrl(parsed.next, parsed.checkpoint, url, start, options.paging ?? 'next');
  }
}

function nextUrl(next: string | null, checkpoint: string | null, current: URL, start: URL, paging: 'next' | 'checkpoint'): URL | null {
  if (next === null || next === '') return null;
  if (paging === 'checkpoint') {
    if (checkpoint === null) throw new ExchangeError('VALIDATION_FAILED', 'a TCAP page has a next page but no checkpoint');
    const url = new URL(start);
    url.searchParams.set('after', checkpoint);
    return url;
  }
  let url: URL;
  try {
    url = new URL(next, current);
  } catch {
    throw new ExchangeError('VALIDATION_FAILED', 'a TCAP page has a malformed next link');
  }
  if (url.origin !== start.origin) {
    throw new ExchangeError('EXCHANGE_CROSS_ORIGIN', 'a TCAP next link leaves the list origin', { from: start.origin, to: url.origin });
  }
  return url;
}
