// The port through which re-checks look at a referred URL. The service depends on this interface
// only; http-fetcher.ts is the real one (SSRF-safe, bounded), and tests may pass another.

/** Why a fetch ended without an HTTP answer to judge. */
export const FETCH_ERROR_CODES = [
  'URL_INVALID', // not an http(s) URL, or one with credentials
  'DNS_FAILED', // the host does not resolve
  'TARGET_FORBIDDEN', // the host (of the URL or of a redirect) resolves to a private, loopback, link-local or reserved address
  'CONNECT_TIMEOUT', // no TCP connection within the connect timeout
  'CONNECTION_FAILED', // refused, reset or closed before an answer
  'TLS_FAILED', // the TLS handshake or the certificate failed
  'TIMEOUT', // the whole check took longer than the time limit
  'TOO_MANY_REDIRECTS', // more redirects than allowed
  'REDIRECT_INVALID', // a redirect without a usable http(s) Location
  'PROTOCOL_ERROR', // the answer was not valid HTTP
  'ABORTED', // the caller gave up (worker shutting down)
] as const;
export type FetchErrorCode = (typeof FETCH_ERROR_CODES)[number];

export interface FetchHop {
  url: string;
  /** The address connected to; null when none was. */
  address: string | null;
  status: number | null;
}

export interface FetchOutcome {
  url: string;
  /** The last URL asked for (after redirects). */
  finalUrl: string;
  /** The final answer's status; null without one. */
  status: number | null;
  /** Every request made, in order (the first is the URL itself). */
  hops: FetchHop[];
  /** Bytes of the final answer's body read (never more than the limit). */
  bytesRead: number;
  /** The body was longer than the limit and was cut off there. */
  truncated: boolean;
  durationMs: number;
  /** The bytes read, for the verdict; never stored. */
  body: Buffer;
  errorCode: FetchErrorCode | null;
  errorDetail: string | null;
}

export interface UrlFetcher {
  /** Fetches the URL with GET. Never throws: failures are outcomes with an error code. */
  fetch(url: string, options?: { signal?: AbortSignal }): Promise<FetchOutcome>;
}
