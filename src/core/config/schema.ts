// Every setting Vigil reads from its environment, in one table: the variable, its schema, its
// default and what it does. loadConfig() parses them all at once; docs/configuration.md is rendered
// from the same table.
import { z } from 'zod';

export const ROLES = ['api', 'worker', 'matcher'] as const;
export type Role = (typeof ROLES)[number];

const port = z.coerce.number().int().min(0).max(65535);
const positiveInt = z.coerce.number().int().positive();
// Booleans come from the environment as strings; code that passes overrides may give real booleans.
const bool = z.union([z.boolean(), z.stringbool()]);

export interface Setting<S extends z.ZodType = z.ZodType> {
  readonly env: string;
  readonly schema: S;
  readonly description: string;
  /** Shown in the docs when the default is not a literal (e.g. derived from the data folder). */
  readonly defaultText?: string;
  /** Values that must never be printed. */
  readonly secret?: boolean;
}

function setting<S extends z.ZodType>(env: string, schema: S, description: string, extra: { defaultText?: string; secret?: boolean } = {}): Setting<S> {
  return { env, schema, description, ...extra };
}

export const settings = {
  host: setting('VIGIL_HOST', z.string().min(1).default('localhost'), 'Address the HTTP server binds to. Use `0.0.0.0` to listen on every interface.'),
  port: setting('VIGIL_PORT', port.default(8080), 'TCP port of the HTTP server (0 picks a free port).'),
  dataDir: setting('VIGIL_DATA_DIR', z.string().min(1).default('./.vigil'), 'Folder for the embedded PGlite database and stored media.'),
  databaseUrl: setting(
    'DATABASE_URL',
    z
      .url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// or postgresql:// URL' })
      .optional(),
    'PostgreSQL connection URL. When unset, Vigil uses an embedded PGlite database in the data folder.',
    { secret: true },
  ),
  databasePoolSize: setting('VIGIL_DATABASE_POOL_SIZE', positiveInt.max(200).default(10), 'Maximum PostgreSQL connections per process.'),
  migrateOnStart: setting('VIGIL_MIGRATE_ON_START', bool.default(true), 'Apply pending migrations when `vigil serve` starts. Turn off when a release step runs `vigil migrate`.'),
  roles: setting(
    'VIGIL_ROLES',
    z
      .string()
      .default(ROLES.join(','))
      .transform((value, ctx) => {
        const roles = value.split(',').map((r) => r.trim()).filter(Boolean);
        const unknown = roles.filter((r) => !(ROLES as readonly string[]).includes(r));
        if (unknown.length > 0 || roles.length === 0) {
          ctx.addIssue({ code: 'custom', message: `must be a comma-separated list of ${ROLES.join(', ')}` });
          return z.NEVER;
        }
        return [...new Set(roles)] as Role[];
      }),
    'Roles this process runs: `api` (the HTTP API), `worker` (durable jobs and schedules), `matcher` (the in-memory bank indexes and the `/m/` lookup routes). Split roles need PostgreSQL.',
  ),
  logLevel: setting('VIGIL_LOG_LEVEL', z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'), 'Minimum level of the JSON logs written to standard output.'),
  trustProxy: setting('VIGIL_TRUST_PROXY', bool.default(false), 'Trust `X-Forwarded-*` headers from a reverse proxy (for client addresses and rate limits).'),
  bodyLimitBytes: setting('VIGIL_BODY_LIMIT_BYTES', positiveInt.default(1_048_576), 'Largest JSON request body accepted, in bytes.'),
  uploadLimitBytes: setting('VIGIL_UPLOAD_LIMIT_BYTES', positiveInt.default(104_857_600), 'Largest media upload accepted, in bytes.'),
  jobsConcurrency: setting('VIGIL_JOBS_CONCURRENCY', positiveInt.max(64).default(4), 'Jobs one worker process runs at the same time.'),
  jobsPollIntervalMs: setting('VIGIL_JOBS_POLL_INTERVAL_MS', positiveInt.default(1000), 'How often an idle worker looks for due jobs, in milliseconds.'),
  jobsLeaseMs: setting('VIGIL_JOBS_LEASE_MS', positiveInt.min(1000).default(60_000), 'How long a claimed job stays locked to its worker without a heartbeat; after that another worker may claim it.'),
  sessionTtlHours: setting('VIGIL_SESSION_TTL_HOURS', positiveInt.max(720).default(12), 'A sign-in session ends this many hours after it began, whatever the activity.'),
  sessionIdleMinutes: setting('VIGIL_SESSION_IDLE_MINUTES', positiveInt.max(10_080).default(60), 'A sign-in session ends after this many minutes without a request.'),
  cookieSecure: setting('VIGIL_COOKIE_SECURE', bool.default(true), 'Mark the session cookie `Secure` (sent over HTTPS only; browsers also send it to http://localhost). Turn off only for plain-HTTP test set-ups on other hosts.'),
  loginMaxFailuresPerAccount: setting('VIGIL_LOGIN_MAX_FAILURES_PER_ACCOUNT', positiveInt.default(5), 'Failed sign-ins to one account, within the lockout window, before it is locked for the window.'),
  loginMaxFailuresPerAddress: setting('VIGIL_LOGIN_MAX_FAILURES_PER_ADDRESS', positiveInt.default(30), 'Failed sign-ins from one client address, within the lockout window, before it is locked for the window.'),
  loginLockoutMinutes: setting('VIGIL_LOGIN_LOCKOUT_MINUTES', positiveInt.default(15), 'The window for counting failed sign-ins, and how long a lock lasts.'),
  apiKeyCacheSeconds: setting('VIGIL_API_KEY_CACHE_SECONDS', z.coerce.number().int().min(0).max(60).default(5), 'A process trusts an API key it has verified for this many seconds before reading it from the database again (0: on every request). A key revoked in another process stops working here within this time; in the process that revoked it, at once. Expiry is checked on every request.'),
  hashThreads: setting('VIGIL_HASH_THREADS', z.coerce.number().int().min(1).max(256).optional(), 'Worker threads that decode and hash media.', { defaultText: 'the number of CPU cores' }),
  mediaMaxPixels: setting('VIGIL_MEDIA_MAX_PIXELS', positiveInt.default(100_000_000), 'Largest image or video frame area accepted, in pixels (decompression bombs are refused before decoding).'),
  mediaMaxVideoSeconds: setting('VIGIL_MEDIA_MAX_VIDEO_SECONDS', positiveInt.default(3 * 3600), 'Longest video accepted for hashing, in seconds.'),
  mediaTimeoutMs: setting('VIGIL_MEDIA_TIMEOUT_MS', positiveInt.default(120_000), 'Wall-clock limit for decoding and hashing one upload, in milliseconds.'),
  hashUrlAllowlist: setting(
    'VIGIL_HASH_URL_ALLOWLIST',
    z
      .string()
      .default('')
      .transform((v) => v.split(',').map((h) => h.trim().toLowerCase()).filter(Boolean)),
    'Comma-separated host names (host or host:port) that `/h/hash?url=` may fetch from. Empty: hashing by URL is off.',
  ),
  hashUrlMaxBytes: setting('VIGIL_HASH_URL_MAX_BYTES', positiveInt.default(50 * 1024 * 1024), 'Largest download accepted when hashing by URL, in bytes.'),
  hashUrlTimeoutMs: setting('VIGIL_HASH_URL_TIMEOUT_MS', positiveInt.default(15_000), 'Time limit for a download when hashing by URL, in milliseconds.'),
  matcherPollIntervalMs: setting('VIGIL_MATCHER_POLL_INTERVAL_MS', positiveInt.min(50).default(250), 'How often a matcher applies bank, sharing and entry changes made by other processes, in milliseconds.'),
  matchCountFlushMs: setting('VIGIL_MATCH_COUNT_FLUSH_MS', positiveInt.min(100).max(60_000).default(1000), 'A matcher counts matches per bank entry in memory and adds them to the database (the flood-quarantine counts) this often, in milliseconds; an entry about to flood is checked at once.'),
  matchQualityFloor: setting('VIGIL_MATCH_QUALITY_FLOOR', z.coerce.number().int().min(0).max(100).default(50), 'PDQ hashes below this quality (in banks or in queries) never match.'),
  floodMinMatchesPerHour: setting('VIGIL_FLOOD_MIN_MATCHES_PER_HOUR', positiveInt.default(100), 'A bank entry is quarantined when it matches at least this many times in an hour …'),
  floodFactor: setting('VIGIL_FLOOD_FACTOR', z.coerce.number().positive().default(10), '… and more than this many times its hourly baseline over the past week.'),
  candidateThreshold: setting('VIGIL_CANDIDATE_THRESHOLD', positiveInt.default(3), 'An unregistered domain referred to by at least this many items (their own URLs or links in their text or captured page text) becomes a candidate platform.'),
  holdNoticeWindowHours: setting('VIGIL_HOLD_NOTICE_WINDOW_HOURS', positiveInt.max(8760).default(24), 'When another organisation submits content that a hold covers, the holder is notified at most once per hold and submitting organisation within this many hours; the next notice counts the items in between (a bulk import of re-uploads sends one).'),
  escalationAfterHours: setting('VIGIL_ESCALATION_AFTER_HOURS', positiveInt.max(8760).default(72), "A referral to a cooperative platform that is sent but not answered (removed, geo-blocked or rejected) this many hours after receipt may be escalated to the platform's infrastructure providers. Hostile and unresponsive platforms may be escalated at once."),
  secretKey: setting(
    'VIGIL_SECRET_KEY',
    z.string().regex(/^[0-9a-fA-F]{64}$/, 'must be 64 hexadecimal characters (32 bytes)').optional(),
    'Key that encrypts stored webhook signing secrets (AES-256-GCM), as 64 hexadecimal characters, e.g. from `openssl rand -hex 32`. Needed only to create or use webhooks.',
    { secret: true },
  ),
  webhookAllowPrivateTargets: setting('VIGIL_WEBHOOK_ALLOW_PRIVATE_TARGETS', bool.default(false), 'Let webhook endpoints point at private, loopback and link-local addresses. Off by default, so a tenant cannot make Vigil call its internal network; turn on for on-premises receivers.'),
  recheckFirstDelayMinutes: setting('VIGIL_RECHECK_FIRST_DELAY_MINUTES', positiveInt.default(30), 'After a recipient reports a referral removed or geo-blocked, the first re-check of its URL waits this many minutes (caches may still serve it for a while).'),
  recheckConfirmIntervalMinutes: setting('VIGIL_RECHECK_CONFIRM_INTERVAL_MINUTES', positiveInt.default(60), 'While a removal claim is not confirmed (the URL is still live or unreachable), re-checks repeat this often, in minutes.'),
  recheckWatchIntervalHours: setting('VIGIL_RECHECK_WATCH_INTERVAL_HOURS', positiveInt.default(24), 'After a referral is closed, re-checks repeat this often, in hours, to see whether the content came back.'),
  recheckWatchDays: setting('VIGIL_RECHECK_WATCH_DAYS', positiveInt.max(3650).default(30), 'Re-checks go on for this many days after a referral is closed (and after a removal claim that is never confirmed).'),
  recheckTimeoutMs: setting('VIGIL_RECHECK_TIMEOUT_MS', positiveInt.default(15_000), 'Time limit of one re-check (every redirect, connection, answer and body), in milliseconds.'),
  recheckConnectTimeoutMs: setting('VIGIL_RECHECK_CONNECT_TIMEOUT_MS', positiveInt.default(5_000), 'Time limit of one TCP connection of a re-check, in milliseconds.'),
  recheckMaxBytes: setting('VIGIL_RECHECK_MAX_BYTES', positiveInt.default(1_048_576), 'A re-check reads at most this many bytes of an answer, then stops.'),
  recheckAllowPrivateTargets: setting('VIGIL_RECHECK_ALLOW_PRIVATE_TARGETS', bool.default(false), 'Let re-checks connect to private, loopback and link-local addresses (directly or through a redirect). Off by default, so a submitted URL cannot make Vigil call its internal network; turn on only for tests.'),
  recheckRemovalMarkers: setting(
    'VIGIL_RECHECK_REMOVAL_MARKERS',
    z
      .string()
      .default('')
      .transform((v) => v.split('|').map((m) => m.trim()).filter(Boolean)),
    'Texts of platforms\' removal pages, separated by vertical bars: a 2xx answer whose first bytes contain one (case-insensitively) counts as gone. Empty: only the status decides.',
  ),
  publicUrl: setting('VIGIL_PUBLIC_URL', z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' }).optional(), 'The address people reach Vigil at (e.g. `https://vigil.example.org`), for links in e-mails. Unset: e-mails carry no portal link.'),
  smtpUrl: setting(
    'VIGIL_SMTP_URL',
    z.url({ protocol: /^smtps?$/, error: 'must be an smtp:// or smtps:// URL' }).optional(),
    'SMTP server for e-mail deliveries, e.g. `smtps://user:pass@mail.example.org:465` or `smtp://mail.example.org:587`. Takes precedence over `VIGIL_SMTP_HOST`. Without either, e-mail deliveries wait as `not_configured`.',
    { secret: true },
  ),
  smtpHost: setting('VIGIL_SMTP_HOST', z.string().min(1).optional(), 'SMTP server host name, when `VIGIL_SMTP_URL` is not used (no authentication; TLS on port 465, STARTTLS when the server offers it).'),
  smtpPort: setting('VIGIL_SMTP_PORT', port.default(587), 'SMTP server port, with `VIGIL_SMTP_HOST`.'),
  smtpFrom: setting('VIGIL_SMTP_FROM', z.string().min(3).max(320).optional(), 'Sender of e-mail deliveries, e.g. `Vigil <vigil@example.org>`. Needed to send e-mail.'),
  ffmpegPath: setting('VIGIL_FFMPEG_PATH', z.string().min(1).optional(), 'Path of an ffmpeg binary to decode video. Takes precedence over the older static ffmpeg installed from npm.', { defaultText: 'the ffmpeg from `@ffmpeg-installer/ffmpeg`' }),
} as const;

export type Settings = typeof settings;
export type Config = Readonly<{ [K in keyof Settings]: z.output<Settings[K]['schema']> }>;
