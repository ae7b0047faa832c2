// Running ffmpeg on untrusted video. Every run is a child process with: only the `file` protocol
// on input (no http, no data:, no playlists fetching other URLs), a forced demuxer chosen from the
// file's magic bytes (so a renamed HLS/concat/SDP file is never interpreted as one), no stdin, an
// address-space cap (prlimit, where available), a network namespace of its own with no interface
// but loopback (unshare --net, where the kernel lets this process create one: root, or user
// namespaces enabled), and a wall-clock deadline after which it is killed.
//
// The binary is the one shipped by @ffmpeg-installer/ffmpeg unless the caller configures another
// (the application passes VIGIL_FFMPEG_PATH); a newer ffmpeg is preferable for untrusted input.

import { spawn, spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { SignalError } from '../errors.ts';

export interface FfmpegRunOptions {
  readonly timeoutMs: number;
  readonly maxMemoryMb: number;
  /** Receives stdout chunks; return false to stop reading and kill the process. */
  readonly onStdout?: (chunk: Buffer) => boolean | void;
  /** Reports the child's pid, so a supervisor can kill it if this thread dies. */
  readonly onSpawn?: (pid: number) => void;
  readonly onExit?: (pid: number) => void;
}

export interface FfmpegRunResult {
  readonly code: number | null;
  readonly stderr: string;
  /** Why we killed it, if we did. */
  readonly stoppedBy?: 'timeout' | 'caller';
}

const MAX_STDERR_CHARS = 64 * 1024;
const PRLIMIT_PATHS = ['/usr/bin/prlimit', '/bin/prlimit'];
const prlimitPath = process.platform === 'linux' ? PRLIMIT_PATHS.find((p) => existsSync(p)) : undefined;

const UNSHARE_PATHS = ['/usr/bin/unshare', '/bin/unshare'];
let isolation: string[] | null | undefined;

/**
 * The command prefix that runs a program without network access: `unshare --net --` when this
 * process may create a network namespace (checked once), else none. Decoders need no network,
 * so even a crafted file that subverts ffmpeg cannot reach one.
 */
export function networkIsolationPrefix(): string[] | null {
  if (isolation === undefined) {
    const unshare = process.platform === 'linux' ? UNSHARE_PATHS.find((p) => existsSync(p)) : undefined;
    isolation = unshare && spawnSync(unshare, ['--net', '--', 'true'], { stdio: 'ignore', timeout: 5000 }).status === 0 ? [unshare, '--net', '--'] : null;
  }
  return isolation;
}

/** The full command for a sandboxed child: network isolation, then the memory cap, then the program. */
export function sandboxedCommand(program: string, args: readonly string[], maxMemoryMb: number): [string, string[]] {
  const limited = prlimitPath ? [prlimitPath, `--as=${maxMemoryMb * 1024 * 1024}`, '--', program, ...args] : [program, ...args];
  const full = [...(networkIsolationPrefix() ?? []), ...limited];
  return [full[0]!, full.slice(1)];
}

let bundledPath: string | undefined;

/**
 * The configured ffmpeg if given, else the binary inside @ffmpeg-installer/ffmpeg. A missing or
 * non-executable configured binary is a deployment error, not a property of the media, so it is
 * a plain Error rather than a SignalError.
 */
export function resolveFfmpegPath(configured?: string): string {
  if (configured) {
    try {
      accessSync(configured, constants.X_OK);
    } catch {
      throw new Error(`ffmpeg not found or not executable at ${configured}`);
    }
    return configured;
  }
  if (bundledPath === undefined) {
    try {
      const require = createRequire(import.meta.url);
      bundledPath = (require('@ffmpeg-installer/ffmpeg') as { path: string }).path;
    } catch (error) {
      throw new SignalError('MEDIA_UNSUPPORTED', 'no ffmpeg available for video (set ffmpegPath)', { cause: error });
    }
  }
  return bundledPath;
}

/** Input options that keep ffmpeg on the local file and on the demuxer we chose. */
export function safeInputArgs(path: string, demuxer: string): string[] {
  return ['-protocol_whitelist', 'file', '-f', demuxer, '-i', `file:${path}`];
}

export function runFfmpeg(ffmpegPath: string, args: readonly string[], options: FfmpegRunOptions): Promise<FfmpegRunResult> {
  const baseArgs = ['-hide_banner', '-nostdin', ...args];
  const [command, commandArgs] = sandboxedCommand(ffmpegPath, baseArgs, options.maxMemoryMb);
  return new Promise((resolve, reject) => {
    const child = spawn(command, commandArgs, { stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true });
    let stderr = '';
    let stoppedBy: FfmpegRunResult['stoppedBy'];
    const stop = (why: 'timeout' | 'caller'): void => {
      if (stoppedBy) return;
      stoppedBy = why;
      child.kill('SIGKILL');
    };
    const timer = setTimeout(() => stop('timeout'), options.timeoutMs);
    if (child.pid !== undefined) options.onSpawn?.(child.pid);
    child.stdout.on('data', (chunk: Buffer) => {
      if (stoppedBy) return;
      if (options.onStdout?.(chunk) === false) stop('caller');
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (text: string) => {
      if (stderr.length < MAX_STDERR_CHARS) stderr += text.slice(0, MAX_STDERR_CHARS - stderr.length);
    });
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(new SignalError('MEDIA_UNSUPPORTED', `cannot run ffmpeg (${ffmpegPath}): ${error.message}`, { cause: error }));
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (child.pid !== undefined) options.onExit?.(child.pid);
      resolve({ code, stderr, ...(stoppedBy ? { stoppedBy } : {}) });
    });
  });
}
