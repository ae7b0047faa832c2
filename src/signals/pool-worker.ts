// A hashing worker thread: receives jobs from pool.ts, runs hashMedia, posts the result or a
// flattened SignalError back. sharp runs single-threaded here (the pool supplies parallelism
// across files) with unneeded loaders blocked. ffmpeg children are reported to the parent so it
// can kill them if it has to terminate this worker.

import { parentPort, workerData } from 'node:worker_threads';
import { isSignalError } from './errors.ts';
import { hashMedia, type HashOptions } from './hash-media.ts';
import { hardenSharpForHashing } from './media/image-decode.ts';
import type { PoolJob, PoolReply } from './pool-protocol.ts';

const port = parentPort;
if (!port) throw new Error('pool-worker.ts must run as a worker thread');

hardenSharpForHashing({ concurrency: 1 });
const options = workerData as Omit<HashOptions, 'registry' | 'onSpawn' | 'onExit'>;

const post = (reply: PoolReply): void => port.postMessage(reply);

port.on('message', (job: PoolJob) => {
  const source = job.kind === 'file' ? { path: job.path } : { bytes: job.bytes };
  hashMedia(source, job.signals, {
    ...options,
    onSpawn: (pid) => post({ type: 'spawn', pid }),
    onExit: (pid) => post({ type: 'exit', pid }),
  }).then(
    (result) => post({ type: 'result', id: job.id, result }),
    (error: unknown) => {
      if (isSignalError(error)) post({ type: 'error', id: job.id, error: { code: error.code, message: error.message } });
      else post({ type: 'failure', id: job.id, message: error instanceof Error ? error.message : String(error) });
    },
  );
});

post({ type: 'ready' });
