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

  // Authentication and authorisation
  UNAUTHENTICATED: { status: 401, message: 'Sign in or send an API key.' },
  INVALID_CREDENTIALS: { status: 401, message: 'The email or password is wrong.' },
  SESSION_EXPIRED: { status: 401, message: 'The session has expired or was ended; sign in again.' },
  API_KEY_INVALID: { status: 401, message: 'The API key is malformed or unknown.' },
  API_KEY_REVOKED: { status: 401, message: 'The API key was revoked or has expired.' },
  CSRF_TOKEN_MISSING: { status: 403, message: 'A cookie-authenticated change needs the X-CSRF-Token header.' },
  CSRF_TOKEN_INVALID: { status: 403, message: 'The X-CSRF-Token header does not match the session.' },
  FORBIDDEN: { status: 403, message: 'Your role does not allow this.' },
  LOGIN_RATE_LIMITED: { status: 429, message: 'Too many failed sign-ins; wait before trying again.' },
  ROLE_UNKNOWN: { status: 400, message: 'The role is not one of Vigil\'s roles.' },
  ROLE_NOT_ALLOWED: { status: 400, message: 'This kind of organisation cannot hold that role.' },
  SCOPE_UNKNOWN: { status: 400, message: 'The API key scope is not known.' },
  PASSWORD_TOO_WEAK: { status: 400, message: 'The password must have at least 12 characters and must not contain the email address.' },
  EMAIL_TAKEN: { status: 409, message: 'A member with this email address already exists.' },
  ORGANISATION_NAME_TAKEN: { status: 409, message: 'An organisation with this name already exists.' },
  LAST_ADMIN: { status: 409, message: 'An organisation must keep at least one active admin.' },

  // Resources
  NOT_FOUND: { status: 404, message: 'The resource does not exist.' },
  CONFLICT: { status: 409, message: 'The request conflicts with the current state of the resource.' },
  INVALID_STATE_TRANSITION: { status: 409, message: 'The record cannot move from its current state to the one asked for.' },
  ITEM_ALREADY_SUBMITTED: { status: 409, message: 'Another organisation in this operation has already submitted this URL; it is counted once.' },
  IDEMPOTENCY_KEY_REUSED: { status: 422, message: 'This Idempotency-Key was used before with a different request.' },

  // Deconfliction and referrals
  ITEM_HELD: { status: 409, message: 'Another organisation holds this item or its cluster (deconfliction); it cannot be referred or held now. The holder has been told.' },
  FOUR_EYES_REQUIRED: { status: 403, message: 'A referral must be approved by a member other than the one who proposed it.' },
  REFERRAL_ALREADY_OPEN: { status: 409, message: 'The organisation already has an open referral of this item to this recipient.' },
  REFERENCE_NUMBER_TAKEN: { status: 409, message: 'The organisation already used this removal order reference number.' },
  ESCALATION_NOT_ALLOWED: { status: 409, message: 'This referral cannot be escalated to an infrastructure provider: the platform is cooperative and the referral is not unanswered for long enough (or it is not a sent referral to a platform).' },
  RECHECK_NOT_POSSIBLE: { status: 409, message: 'Only a referral that was sent is re-checked; this one was not (yet) referred.' },

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
  URL_NOT_ALLOWED: { status: 403, message: 'Media can be fetched only from hosts on the configured allowlist.' },
  URL_FETCH_FAILED: { status: 502, message: 'The media could not be fetched from the URL.' },
  UPLOAD_MISSING: { status: 400, message: 'Send the media as a multipart/form-data file field.' },

  // Banks
  BANK_NAME_INVALID: { status: 400, message: 'Bank names are CAPS_AND_UNDERSCORES: a capital letter, then capitals, digits or underscores (at most 100).' },
  BANK_NAME_TAKEN: { status: 409, message: 'A bank with this name already exists.' },

  // Platform registry
  URL_INVALID: { status: 400, message: 'The URL is not an http(s) URL Vigil accepts (no credentials, at most 4096 characters).' },
  DOMAIN_INVALID: { status: 400, message: 'The domain is not a registrable domain, a host under one, or an IP address.' },
  DOMAIN_TAKEN: { status: 409, message: 'The domain already belongs to another platform.' },
  PLATFORM_NAME_TAKEN: { status: 409, message: 'A platform with this name already exists.' },
  PROVIDER_NAME_TAKEN: { status: 409, message: 'An infrastructure provider with this name already exists.' },

  // Exchanges (bank import and export)
  EXCHANGE_FETCH_FAILED: { status: 502, message: 'The exchange source could not be fetched.' },
  EXCHANGE_PAGE_TOO_LARGE: { status: 502, message: 'The exchange source sent a page larger than the limit.' },
  EXCHANGE_CROSS_ORIGIN: { status: 502, message: 'The exchange source pointed to another origin, which Vigil does not follow.' },
  EXCHANGE_ABORTED: { status: 503, message: 'The import was interrupted; it can resume from its checkpoint.' },
  EXCHANGE_FORMAT_UNKNOWN: { status: 400, message: 'The exchange format is not known.' },

  // Jobs
  JOB_HANDLER_UNKNOWN: { status: 500, message: 'No handler is registered for this job kind.' },

  // Webhooks
  WEBHOOK_TARGET_FORBIDDEN: { status: 400, message: 'The webhook URL resolves to a private, loopback or link-local address, which is not allowed here.' },
  WEBHOOKS_NOT_CONFIGURED: { status: 503, message: 'Webhooks need VIGIL_SECRET_KEY, the key that encrypts their signing secrets.' },

  // Delivery channels (platform feed, e-mail)
  FEED_CURSOR_INVALID: { status: 400, message: 'The feed cursor is malformed; pass the cursor of a previous answer unchanged, or none to start from the beginning.' },
  EMAIL_NOT_CONFIGURED: { status: 503, message: 'E-mail delivery needs VIGIL_SMTP_URL (or VIGIL_SMTP_HOST) and VIGIL_SMTP_FROM; until they are set, e-mail deliveries wait as not_configured.' },

  // Preservation and complaints (TCO Art. 6 and 10)
  PRESERVATION_ENDED: { status: 409, message: 'The preservation period has ended (its data is or is about to be deleted); it cannot be extended.' },
  COMPLAINT_NOT_ALLOWED: { status: 409, message: 'A complaint is recorded only about content the platform removed or blocked and has not restored.' },
  COMPLAINT_ALREADY_OPEN: { status: 409, message: 'This referral already has a complaint that is not decided.' },
  COMPLAINT_ALREADY_DECIDED: { status: 409, message: 'The complaint has already been decided.' },

  // Service state
  NOT_READY: { status: 503, message: 'The service is not ready to take requests.' },
  INTERNAL: { status: 500, message: 'An unexpected error occurred; it has been logged.' },
} as const satisfies Record<string, ErrorDefinition>;

export type ErrorCode = keyof typeof errorCatalogue;

export function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && Object.hasOwn(errorCatalogue, code);
}
