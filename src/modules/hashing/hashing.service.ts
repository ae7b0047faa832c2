// Hashing for the API: uploads and allow-listed URLs go to the pool of hashing workers, which decode
// with limits (pixels, bytes, duration, time, memory) away from the event loop. Fetching by URL is
// off unless hosts are allow-listed, follows no redirects off the list, and stops at a size and a
// time limit.
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import type { Config } from '../../core/config/index.ts';
import { AppError } from '../../core/errors/app-error.ts';
import { createHashPool, defaultRegistry, isSignalError, type HashPool, type HashResult } from '../../signals/index.ts';

type HashingConfig = Pick<Config, 'hashThreads' | 'mediaMaxPixels' | 'mediaMaxVideoSeconds' | 'mediaTimeoutMs' | 'uploadLimitBytes' | 'ffmpegPath' | 'hashUrlAllowlist' | 'hashUrlMaxBytes' | 'hashUrlTimeoutMs'>;

export const MEDIA_SIGNALS = ['pdq', 'vpdq', 'md5', 'sha256'] as const;

export class HashingService {
  #pool: HashPool | undefined;

  constructor(
    private readonly config: HashingConfig,
    private readonly fetchImpl: typeof fetch = fetch,
  ) {}

  /** The pool starts on first use, so processes that never hash never start workers. */
  get pool(): HashPool {
    this.#pool ??= createHashPool({
      ...(this.config.hashThreads ? { threads: this.config.hashThreads } : {}),
      ...(this.config.ffmpegPath ? { ffmpegPath: this.config.ffmpegPath } : {}),
      limits: { maxBytes: this.config.uploadLimitBytes, maxPixels: this.config.mediaMaxPixels, maxVideoSeconds: this.config.mediaMaxVideoSeconds, timeoutMs: this.config.mediaTimeoutMs },
    });
    return this.#pool;
  }

  checkSignals(signals: readonly string[]): string[] {
    for (const s of signals) if (!defaultRegistry.has(s)) throw new AppError('SIGNAL_TYPE_UNKNOWN', `Unknown signal type ${JSON.stringify(s)}.`);
    return [...new Set(signals)];
  }

  /** The canonical form of a signal value, or SIGNAL_INVALID / SIGNAL_TYPE_UNKNOWN. */
  validateSignal(signalType: string, value: string): string {
    try {
      return defaultRegistry.validate(signalType, value);
    } catch (error) {
      if (isSignalError(error)) throw new AppError(error.code as 'SIGNAL_INVALID' | 'SIGNAL_TYPE_UNKNOWN', error.message);
      throw error;
    }
  }

  /** Hashes a stream (an upload) by spooling it to a private temporary file first. */
  async hashStream(stream: Readable, signals: readonly string[] = MEDIA_SIGNALS): Promise<HashResult> {
    return this.withSpooled(stream, (path) => this.pool.hashFile(path, this.checkSignals(signals)));
  }

  /** Spools a stream to a private temporary file, runs fn on its path, then removes the file. */
  async withSpooled<T>(stream: Readable, fn: (path: string) => Promise<T>): Promise<T> {
    const dir = await mkdtemp(join(tmpdir(), 'vigil-upload-'));
    const path = join(dir, 'media');
    try {
      await pipeline(stream, createWriteStream(path, { mode: 0o600 }));
      return await fn(path);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  async hashUrl(url: string, signals: readonly string[] = MEDIA_SIGNALS): Promise<HashResult> {
    let target = this.#allowed(url);
    const signal = AbortSignal.timeout(this.config.hashUrlTimeoutMs);
    for (let hop = 0; hop < 5; hop++) {
      let res: Response;
      try {
        res = await this.fetchImpl(target, { redirect: 'manual', signal });
      } catch (error) {
        throw new AppError('URL_FETCH_FAILED', `Fetching ${target.host} failed: ${(error as Error).name === 'TimeoutError' ? 'timed out' : (error as Error).message}`);
      }
      if (res.status >= 300 && res.status < 400 && res.headers.get('location')) {
        target = this.#allowed(new URL(res.headers.get('location')!, target).toString());
        continue;
      }
      if (!res.ok || !res.body) throw new AppError('URL_FETCH_FAILED', `${target.host} answered ${res.status}.`);
      const declared = Number(res.headers.get('content-length') ?? '0');
      if (declared > this.config.hashUrlMaxBytes) throw new AppError('MEDIA_TOO_LARGE', `The resource has ${declared} bytes; the limit is ${this.config.hashUrlMaxBytes}.`);
      return this.hashStream(Readable.fromWeb(res.body as WebReadableStream).pipe(byteLimit(this.config.hashUrlMaxBytes)), signals);
    }
    throw new AppError('URL_FETCH_FAILED', 'Too many redirects.');
  }

  #allowed(raw: string): URL {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      throw new AppError('VALIDATION_FAILED', 'The url is not a valid absolute URL.');
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new AppError('URL_NOT_ALLOWED', 'Only http and https URLs can be hashed.');
    const allow = this.config.hashUrlAllowlist;
    if (!allow.includes(url.host.toLowerCase()) && !allow.includes(url.hostname.toLowerCase())) {
      throw new AppError('URL_NOT_ALLOWED', allow.length === 0 ? 'Hashing by URL is off on this server (VIGIL_HASH_URL_ALLOWLIST is empty).' : `${url.host} is not on the hashing allowlist.`);
    }
    return url;
  }

  async close(): Promise<void> {
    await this.#pool?.close();
    this.#pool = undefined;
  }
}

function byteLimit(max: number): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _enc, cb) {
      seen += chunk.length;
      if (seen > max) cb(new AppError('MEDIA_TOO_LARGE', `The download exceeds ${max} bytes.`));
      else cb(null, chunk);
    },
  });
}

/** HMA's /h/hash answer: signal type → value (vPDQ as its line format). */
export function presentHashes(result: HashResult): Record<string, string> {
  return Object.fromEntries(Object.entries(result.signals).map(([type, hash]) => [type, hash.value]));
}
