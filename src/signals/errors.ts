// Errors raised by the signals library. Each carries a stable code that the application's error
// catalogue maps to an HTTP status, so codes are part of the public contract: add, never rename.

export type SignalErrorCode =
  | 'MEDIA_EMPTY'
  | 'MEDIA_TOO_LARGE'
  | 'MEDIA_DIMENSIONS_TOO_LARGE'
  | 'MEDIA_UNSUPPORTED'
  | 'MEDIA_CORRUPT'
  | 'MEDIA_TOO_LONG'
  | 'MEDIA_DECODE_TIMEOUT'
  | 'SIGNAL_INVALID'
  | 'SIGNAL_TYPE_UNKNOWN';

export const SIGNAL_ERROR_CODES: readonly SignalErrorCode[] = [
  'MEDIA_EMPTY',
  'MEDIA_TOO_LARGE',
  'MEDIA_DIMENSIONS_TOO_LARGE',
  'MEDIA_UNSUPPORTED',
  'MEDIA_CORRUPT',
  'MEDIA_TOO_LONG',
  'MEDIA_DECODE_TIMEOUT',
  'SIGNAL_INVALID',
  'SIGNAL_TYPE_UNKNOWN',
];

export class SignalError extends Error {
  readonly code: SignalErrorCode;

  constructor(code: SignalErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'SignalError';
    this.code = code;
  }
}

export function isSignalError(value: unknown): value is SignalError {
  return value instanceof SignalError;
}

export function isSignalErrorCode(value: unknown): value is SignalErrorCode {
  return typeof value === 'string' && (SIGNAL_ERROR_CODES as readonly string[]).includes(value);
}

/**
 * Errors cross worker and process boundaries as plain objects (structured clone drops the class),
 * so they are flattened here and rebuilt with fromTransferable on the other side.
 */
export interface TransferableSignalError {
  readonly code: SignalErrorCode;
  readonly message: string;
}

export function toTransferable(error: SignalError): TransferableSignalError {
  return { code: error.code, message: error.message };
}

export function fromTransferable(value: TransferableSignalError): SignalError {
  return new SignalError(value.code, value.message);
}
