// The one source of "now" for everything that computes deadlines, leases or expiry. Services take a
// Clock instead of calling Date.now(), so the 1-hour and 6-month rules can be driven in tests.

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = {
  now: () => new Date(),
};

/** A clock that only moves when told to; for tests and replays. */
export class ManualClock implements Clock {
  #ms: number;

  constructor(start: Date | string | number = '2026-01-01T00:00:00.000Z') {
    this.#ms = new Date(start).getTime();
  }

  now(): Date {
    return new Date(this.#ms);
  }

  advance(ms: number): Date {
    this.#ms += ms;
    return this.now();
  }

  set(to: Date | string | number): void {
    this.#ms = new Date(to).getTime();
  }
}
