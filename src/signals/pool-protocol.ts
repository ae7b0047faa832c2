// Messages between the hashing pool and its workers (structured-clone friendly plain objects).

import type { TransferableSignalError } from './errors.ts';
import type { HashResult } from './hash-media.ts';

export type PoolJob =
  | { readonly id: number; readonly kind: 'file'; readonly path: string; readonly signals: readonly string[] }
  | { readonly id: number; readonly kind: 'buffer'; readonly bytes: Uint8Array; readonly signals: readonly string[] };

export type PoolReply =
  | { readonly type: 'ready' }
  | { readonly type: 'result'; readonly id: number; readonly result: HashResult }
  | { readonly type: 'error'; readonly id: number; readonly error: TransferableSignalError }
  /** Not a media problem (a bug, a missing ffmpeg): surfaces as a plain Error. */
  | { readonly type: 'failure'; readonly id: number; readonly message: string }
  | { readonly type: 'spawn'; readonly pid: number }
  | { readonly type: 'exit'; readonly pid: number };
