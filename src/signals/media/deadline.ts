// Wall-clock budgets. In-process decoders cannot be interrupted, so a deadline here only stops
// waiting; the hashing pool enforces hard limits by terminating the worker that ran over.

import { SignalError } from '../errors.ts';

export async function withDeadline<T>(work: Promise<T>, timeoutMs: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new SignalError('MEDIA_DECODE_TIMEOUT', `${what} took longer than ${timeoutMs} ms`)),
      timeoutMs,
    );
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
