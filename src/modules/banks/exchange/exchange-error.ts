// The one error this folder throws on purpose. Row-level problems never throw (they become error
// rows); this is for whole-input failures: a TCAP page that is not a page, or a fetch that cannot
// go on. Codes are stable; the application maps them onto its error catalogue.

export type ExchangeErrorCode =
  /** The input as a whole is malformed (a TCAP page without `results`, a `next` link that loops). */
  | 'VALIDATION_FAILED'
  /** The server kept failing (network, timeout, 5xx, 429) after the retries, or answered 4xx. */
  | 'EXCHANGE_FETCH_FAILED'
  /** A page was larger than `maxPageBytes`. */
  | 'EXCHANGE_PAGE_TOO_LARGE'
  /** A `next` link or redirect pointed at another origin than the start URL. */
  | 'EXCHANGE_CROSS_ORIGIN'
  /** The caller's AbortSignal fired. */
  | 'EXCHANGE_ABORTED';

export class ExchangeError extends Error {
  readonly code: ExchangeErrorCode;
  readonly details: Record<string, unknown>;

  constructor(code: ExchangeErrorCode, message: string, details: Record<string, unknown> = {}, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ExchangeError';
    this.code = code;
    this.details = details;
  }
}
