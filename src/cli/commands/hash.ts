// `vigil hash`: hashes files and folders (recursively) on every core with the signals library,
// printing one line per file, in the order given. With --json each line is a JSON object, so
// the output can be piped into other tools; a file that cannot be hashed gets an error line and
// the run goes on. The exit code is non-zero only on a usage error or when no file was hashed.
// This command depends on src/signals alone, so it can run without a database or configuration.

import { lstat, readdir, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { SingleBar } from 'cli-progress';
import { Command, InvalidArgumentError, Option } from 'commander';
import { createHashPool, defaultRegistry, isSignalError, type HashPool, type HashResult, type SignalHash } from '../../signals/index.ts';

export interface HashCommandIo {
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream & { isTTY?: boolean };
}

export interface HashCommandDefaults {
  /** ffmpeg to use for video; the application passes VIGIL_FFMPEG_PATH. */
  readonly ffmpegPath?: string;
}

interface HashCommandOptions {
  signals: string[];
  json?: boolean;
  threads?: number;
  ffmpeg?: string;
  pdqCli512?: boolean;
  vpdqSeconds: number;
  vpdqSize: number;
}

export const DEFAULT_SIGNALS = ['pdq', 'vpdq', 'md5'];
const MEDIA_SIGNALS = new Set(['pdq', 'vpdq', 'md5', 'sha256']);

type Outcome = { path: string; result: HashResult } | { path: string; error: { code: string; message: string } };

function parseSignals(value: string): string[] {
  const names = value.split(',').map((s) => s.trim()).filter(Boolean);
  for (const name of names) {
    if (!defaultRegistry.has(name)) throw new InvalidArgumentError(`unknown signal type "${name}" (known: ${defaultRegistry.names().join(', ')})`);
    if (!MEDIA_SIGNALS.has(name)) throw new InvalidArgumentError(`"${name}" hashes text, not files`);
  }
  if (names.length === 0) throw new InvalidArgumentError('name at least one signal type');
  return names;
}

function parsePositive(kind: 'integer' | 'number') {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isFinite(n) || n < 0 || (kind === 'integer' && !Number.isInteger(n))) {
      throw new InvalidArgumentError(`expected a non-negative ${kind}`);
    }
    return n;
  };
}

/** Regular files under the operands, depth first in name order; symlinked folders are not followed. */
async function collectFiles(operands: readonly string[], missing: string[]): Promise<string[]> {
  const files: string[] = [];
  const visit = async (path: string, top: boolean): Promise<void> => {
    let info;
    try {
      info = top ? await stat(path) : await lstat(path);
    } catch {
      if (top) missing.push(path);
      return;
    }
    if (info.isDirectory()) {
      const entries = (await readdir(path)).sort();
      for (const entry of entries) await visit(join(path, entry), false);
    } else if (info.isFile()) {
      files.push(path);
    } else if (info.isSymbolicLink()) {
      const target = await stat(path).catch(() => undefined);
      if (target?.isFile()) files.push(path);
    }
  };
  for (const operand of operands) await visit(operand, true);
  return files;
}

function presentSignal(hash: SignalHash): Record<string, unknown> {
  if (hash.frames) return { frames: hash.frames.map((f) => ({ frame: f.frame, quality: f.quality, value: f.value, timestamp: f.timestamp })) };
  return hash.quality === undefined ? { value: hash.value } : { value: hash.value, quality: hash.quality };
}

function presentJson(outcome: Outcome): string {
  if ('error' in outcome) return JSON.stringify({ path: outcome.path, error: outcome.error });
  const signals = Object.fromEntries(Object.entries(outcome.result.signals).map(([name, hash]) => [name, presentSignal(hash)]));
  return JSON.stringify({ path: outcome.path, signals });
}

function presentText(outcome: Outcome): string {
  if ('error' in outcome) return `${outcome.path}\terror ${outcome.error.code}: ${outcome.error.message}`;
  const parts = Object.entries(outcome.result.signals).map(([name, hash]) => {
    if (hash.frames) {
      const good = hash.frames.filter((f) => f.quality >= 50).length;
      return `${name}=${hash.frames.length} frames (${good} with quality ≥ 50)`;
    }
    return hash.quality === undefined ? `${name}=${hash.value}` : `${name}=${hash.value} (quality ${hash.quality})`;
  });
  return `${outcome.path}\t${parts.join('\t')}`;
}

async function hashOne(pool: HashPool, path: string, signals: string[]): Promise<Outcome> {
  try {
    return { path, result: await pool.hashFile(resolve(path), signals) };
  } catch (error) {
    const code = isSignalError(error) ? error.code : 'INTERNAL_ERROR';
    return { path, error: { code, message: error instanceof Error ? error.message : String(error) } };
  }
}

/** Hashes the operands and writes one line per file; returns how many files were hashed. */
export async function runHash(operands: readonly string[], options: HashCommandOptions, io: HashCommandIo, defaults: HashCommandDefaults = {}): Promise<number> {
  const missing: string[] = [];
  const files = await collectFiles(operands, missing);
  const present = options.json ? presentJson : presentText;
  for (const path of missing) {
    io.stdout.write(`${present({ path, error: { code: 'MEDIA_UNSUPPORTED', message: 'no such file or directory' } })}\n`);
  }
  if (files.length === 0) return 0;
  const threads = Math.max(1, Math.min(options.threads || availableParallelism(), files.length));
  const pool = createHashPool({
    threads,
    ffmpegPath: options.ffmpeg ?? defaults.ffmpegPath,
    signalOptions: {
      pdq: { cliCompat512: options.pdqCli512 === true },
      vpdq: { secondsPerHash: options.vpdqSeconds, downsampleSize: options.vpdqSize },
    },
  });
  const bar = io.stderr.isTTY ? new SingleBar({ stream: io.stderr, format: 'hashing [{bar}] {value}/{total} files, {eta_formatted} left', hideCursor: true }) : undefined;
  bar?.start(files.length, 0);
  let hashed = 0;
  try {
    // Keep a few jobs per thread in flight and print strictly in order.
    const window = threads * 4;
    const inFlight: Promise<Outcome>[] = [];
    let next = 0;
    for (let printed = 0; printed < files.length; printed++) {
      while (next < files.length && inFlight.length < window) inFlight.push(hashOne(pool, files[next++]!, options.signals));
      const outcome = await inFlight.shift()!;
      if (!('error' in outcome)) hashed++;
      io.stdout.write(`${present(outcome)}\n`);
      bar?.increment();
    }
  } finally {
    bar?.stop();
    await pool.close();
  }
  return hashed;
}

export function hashCommand(io: HashCommandIo = { stdout: process.stdout, stderr: process.stderr }, defaults: HashCommandDefaults = {}): Command {
  const command = new Command('hash')
    .description('Hash files and folders (recursively) with perceptual and cryptographic signals, on all cores.')
    .argument('<paths...>', 'files or folders to hash')
    .addOption(new Option('--signals <list>', 'comma-separated signal types').argParser(parseSignals).default(DEFAULT_SIGNALS, DEFAULT_SIGNALS.join(',')))
    .option('--json', 'print one JSON object per file per line')
    .addOption(new Option('--threads <n>', 'worker threads (default: all cores)').argParser(parsePositive('integer')))
    .option('--ffmpeg <path>', 'ffmpeg binary for video (default: VIGIL_FFMPEG_PATH, else the bundled one)')
    .option('--pdq-cli512', 'hash photos like the reference pdq-photo-hasher CLI (resize to 512×512 first)')
    .addOption(new Option('--vpdq-seconds <s>', 'seconds between hashed video frames; 0 = every frame').argParser(parsePositive('number')).default(1))
    .addOption(new Option('--vpdq-size <n>', 'scale video frames to N×N before hashing; 0 = native size').argParser(parsePositive('integer')).default(0))
    .action(async (paths: string[], options: HashCommandOptions) => {
      const hashed = await runHash(paths, options, io, defaults);
      if (hashed === 0) command.error('no file could be hashed', { exitCode: 1, code: 'vigil.hash.nothingHashed' });
    });
  return command;
}
