// A pool of hashing worker threads that uses every core: decoding and PDQ are CPU-bound, so
// files are spread over `threads` workers (default: available parallelism). Each job has a hard
// wall-clock limit: a worker that overruns it is terminated, its ffmpeg children killed, and a
// fresh worker takes its place. Workers are started from TypeScript sources through tsx when this
// file is itself running as .ts (development, tests, the CLI), and from .js when compiled.

import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { fromTransferable, SignalError } from './errors.ts';
import { hashText as hashTextInline, type HashOptions, type HashResult, type SignalOptions } from './hash-media.ts';
import { resolveLimits, type MediaLimits } from './media/limits.ts';
import type { PoolJob, PoolReply } from './pool-protocol.ts';

export interface HashPoolOptions {
  /** Worker threads; default: the machine's available parallelism. */
  readonly threads?: number;
  readonly limits?: Partial<MediaLimits>;
  readonly ffmpegPath?: string;
  readonly signalOptions?: SignalOptions;
}

export interface HashPool {
  readonly threads: number;
  hashFile(path: string, signals: readonly string[]): Promise<HashResult>;
  hashBuffer(bytes: Uint8Array, signals: readonly string[]): Promise<HashResult>;
  /** Text is cheap to hash; it runs on the calling thread. */
  hashText(text: string, signals: readonly string[]): Promise<HashResult>;
  close(): Promise<void>;
}

/** Workers that die before they are ready this many times in a row mean the pool cannot work. */
const MAX_START_FAILURES = 3;

/** Extra wall time, beyond the per-file limit, before the pool stops trusting a worker's own deadline. */
const HARD_TIMEOUT_GRACE_MS = 5_000;

interface Pending {
  readonly job: PoolJob;
  readonly resolve: (result: HashResult) => void;
  readonly reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  current?: Pending;
  timer?: NodeJS.Timeout;
  children: Set<number>;
}

/**
 * How to start the worker. Compiled .js runs directly. From .ts sources the worker must load
 * tsx itself: on Node 20 an `--import tsx` in a worker's execArgv does not apply to the worker's
 * own entry module, so a two-line bootstrap registers tsx's ESM hooks and then imports the
 * worker. tsx is resolved to an absolute URL here, so this works from any current directory.
 */
function workerStart(): { entry: string | URL; eval: boolean; execArgv: string[] } {
  const inherited = process.execArgv.filter((arg) => !arg.startsWith('--inspect'));
  if (!import.meta.url.endsWith('.ts')) {
    return { entry: new URL('./pool-worker.js', import.meta.url), eval: false, execArgv: inherited };
  }
  const worker = new URL('./pool-worker.ts', import.meta.url).href;
  const tsxApi = import.meta.resolve('tsx/esm/api');
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(worker)}); });`;
  return { entry: bootstrap, eval: true, execArgv: [] };
}

export function createHashPool(options: HashPoolOptions = {}): HashPool {
  const threads = Math.max(1, Math.floor(options.threads ?? availableParallelism()));
  const limits = resolveLimits(options.limits);
  const workerOptions: Omit<HashOptions, 'registry' | 'onSpawn' | 'onExit'> = {
    limits,
    ffmpegPath: options.ffmpegPath,
    signalOptions: options.signalOptions,
  };
  const start = workerStart();
  const queue: Pending[] = [];
  const slots: Slot[] = [];
  let nextId = 1;
  let closed = false;
  let startFailures = 0;
  let broken: Error | undefined;

  const spawnSlot = (): Slot => {
    const worker = new Worker(start.entry, {
      eval: start.eval,
      workerData: workerOptions,
      execArgv: start.execArgv,
      resourceLimits: { maxOldGenerationSizeMb: limits.maxMemoryMb },
    });
    const slot: Slot = { worker, ready: false, children: new Set() };
    worker.on('message', (reply: PoolReply) => onReply(slot, reply));
    worker.on('error', (error) => replaceSlot(slot, workerFailure(error)));
    worker.on('exit', () => {
      if (!closed && slots.includes(slot)) replaceSlot(slot, new SignalError('MEDIA_CORRUPT', 'the hashing worker stopped unexpectedly'));
    });
    return slot;
  };

  const workerFailure = (error: Error): SignalError => {
    const code = (error as { code?: string }).code;
    if (code === 'ERR_WORKER_OUT_OF_MEMORY') {
      return new SignalError('MEDIA_TOO_LARGE', `decoding needed more than ${limits.maxMemoryMb} MiB`);
    }
    return new SignalError('MEDIA_CORRUPT', `the hashing worker failed: ${error.message}`);
  };

  const finish = (slot: Slot): Pending | undefined => {
    const pending = slot.current;
    clearTimeout(slot.timer);
    slot.current = undefined;
    slot.timer = undefined;
    return pending;
  };

  const onReply = (slot: Slot, reply: PoolReply): void => {
    if (reply.type === 'ready') {
      slot.ready = true;
      startFailures = 0;
      dispatch();
    } else if (reply.type === 'spawn') slot.children.add(reply.pid);
    else if (reply.type === 'exit') slot.children.delete(reply.pid);
    else {
      const pending = finish(slot);
      if (pending && pending.job.id === reply.id) {
        if (reply.type === 'result') pending.resolve(reply.result);
        else if (reply.type === 'error') pending.reject(fromTransferable(reply.error));
        else pending.reject(new Error(reply.message));
      }
      dispatch();
    }
  };

  /** Fails the slot's job, kills what it started, and puts a fresh worker in its place. */
  const replaceSlot = (slot: Slot, error: SignalError): void => {
    const index = slots.indexOf(slot);
    if (index < 0) return;
    const pending = finish(slot);
    for (const pid of slot.children) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
    slots.splice(index, 1);
    void slot.worker.terminate();
    pending?.reject(error);
    if (!slot.ready && ++startFailures >= MAX_START_FAILURES) {
      // A worker that cannot even start will not start next time either: stop trying.
      broken = new Error(`hashing workers cannot start: ${error.message}`);
      for (const queued of queue.splice(0)) queued.reject(broken);
      return;
    }
    if (!closed) slots.push(spawnSlot());
    dispatch();
  };

  const dispatch = (): void => {
    for (const slot of slots) {
      if (queue.length === 0) return;
      if (slot.current || !slot.ready) continue;
      const pending = queue.shift()!;
      slot.current = pending;
      slot.timer = setTimeout(
        () => replaceSlot(slot, new SignalError('MEDIA_DECODE_TIMEOUT', `hashing took longer than ${limits.timeoutMs} ms`)),
        limits.timeoutMs + HARD_TIMEOUT_GRACE_MS,
      );
      slot.worker.postMessage(pending.job);
    }
  };

  const submit = (job: PoolJob): Promise<HashResult> => {
    if (closed) return Promise.reject(new Error('the hashing pool is closed'));
    if (broken) return Promise.reject(broken);
    return new Promise((resolve, reject) => {
      queue.push({ job, resolve, reject });
      dispatch();
    });
  };

  for (let i = 0; i < threads; i++) slots.push(spawnSlot());

  return {
    threads,
    hashFile: (path, signals) => submit({ id: nextId++, kind: 'file', path, signals: [...signals] }),
    hashBuffer: (bytes, signals) => submit({ id: nextId++, kind: 'buffer', bytes, signals: [...signals] }),
    hashText: (text, signals) => hashTextInline(text, signals, { limits }),
    async close(): Promise<void> {
      if (closed) return;
      closed = true;
      for (const pending of queue.splice(0)) pending.reject(new Error('the hashing pool was closed'));
      const all = slots.splice(0);
      for (const slot of all) {
        const pending = finish(slot);
        pending?.reject(new Error('the hashing pool was closed'));
        for (const pid of slot.children) {
          try {
            process.kill(pid, 'SIGKILL');
          } catch {
            // Already gone.
          }
        }
      }
      await Promise.all(all.map((slot) => slot.worker.terminate()));
    },
  };
}
