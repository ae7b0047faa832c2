// Every error Vigil reports to a client, with its stable code, HTTP status and default message.
// Codes never change meaning once released; docs/errors.md is generated from this table and a test
// fails when the two drift. Services throw AppError with one of these codes, never HTTP errors.

export interface ErrorDefinition {
  readonly status: number;
  readonly message: string;
}

export const errorCatalogue = {
  // Requests
  VALIDATION_FAILED: { status: 400, message: 'The request does not match the schema.' },
  MALFORMED_JSON: { status: 400, message: 'The request body is not valid JSON.' },
  EMPTY_BODY: { status: 400, message: 'The request body is empty but this route needs one.' },
  ROUTE_NOT_FOUND: { status: 404, message: 'No route matches this method and path.' },
  METHOD_NOT_ALLOWED: { status: 405, message: 'This method is not allowed on this path.' },
  PAYLOAD_TOO_LARGE: { status: 413, message: 'The request body exceeds the configured limit.' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, message: 'The request content type is not supported here.' },
  RATE_LIMITED: { status: 429, message: 'Too many requests; retry later.' },

  // Resources
  NOT_FOUND: { status: 404, message: 'The resource does not exist.' },
  CONFLICT: { status: 409, message: 'The request conflicts with the current state of the resource.' },

  // Media and signals
  MEDIA_EMPTY: { status: 400, message: 'The uploaded file is empty.' },
  MEDIA_TOO_LARGE: { status: 413, message: 'The media file exceeds the configured size limit.' },
  MEDIA_DIMENSIONS_TOO_LARGE: { status: 422, message: 'The image or video dimensions exceed the configured limit.' },
  MEDIA_UNSUPPORTED: { status: 415, message: 'The file is not an image or video format Vigil can decode.' },
  MEDIA_CORRUPT: { status: 422, message: 'The media file is truncated or corrupt.' },
  MEDIA_TOO_LONG: { status: 422, message: 'The video is longer than the configured limit.' },
  MEDIA_DECODE_TIMEOUT: { status: 422, message: 'Decoding the media took longer than the configured limit.' },
  SIGNAL_INVALID: { status: 400, message: 'The signal value is malformed for its signal type.' },
  SIGNAL_TYPE_UNKNOWN: { status: 400, message: 'The signal type is not known.' },

  // Jobs
  JOB_HANDLER_UNKNOWN: { status: 500, message: 'No handler is registered for this job kind.' },

  // Service state
  NOT_READY: { status: 503, message: 'The service is not ready to take requests.' },
  INTERNAL: { status: 500, message: 'An unexpected error occurred; it has been logged.' },
} as const satisfies Record<string, ErrorDefinition>;

export type ErrorCode = keyof typeof errorCatalogue;

export function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && Object.hasOwn(errorCatalogue, code);
}
