// Drives an index's merge work in the background of a Node process: slices of `sliceMs` while
// work is pending, yielding to the event loop (setImmediate) between slices so requests and
// queries interleave, and a cheap idle check every `idleMs` otherwise. Timers are unref'd, so an
// idle index never keeps a process alive.

export interface Maintainable {
  /** Does up to `budgetMs` of pending work; true when more remains. */
  maintain(budgetMs: number): boolean;
}

export interface BackgroundCompaction {
  stop(): void;
}

export interface BackgroundCompactionOptions {
  /** Longest pause a slice may cause. Default 4 ms. */
  sliceMs?: number;
  /** Delay between checks when there is nothing to do. Default 100 ms. */
  idleMs?: number;
}

export function startBackgroundCompaction(target: Maintainable, options: BackgroundCompactionOptions = {}): BackgroundCompaction {
  const sliceMs = options.sliceMs ?? 4;
  const idleMs = options.idleMs ?? 100;
  let stopped = false;
  let immediate: NodeJS.Immediate | null = null;
  let timeout: NodeJS.Timeout | null = null;
  const run = (): void => {
    immediate = null;
    timeout = null;
    if (stopped) return;
    if (target.maintain(sliceMs)) {
      immediate = setImmediate(run);
      immediate.unref();
    } else {
      timeout = setTimeout(run, idleMs);
      timeout.unref();
    }
  };
  run();
  return {
    stop(): void {
      stopped = true;
      if (immediate !== null) clearImmediate(immediate);
      if (timeout !== null) clearTimeout(timeout);
    },
  };
}
