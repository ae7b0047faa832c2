import { describe, expect, it } from 'vitest';
import { backoffDelayMs, DEFAULT_RETRY } from './job.ts';

describe('backoffDelayMs', () => {
  const policy = { ...DEFAULT_RETRY, backoffBaseMs: 1000, backoffCapMs: 60_000 };

  it('doubles per attempt between half and all of the nominal delay', () => {
    expect(backoffDelayMs(1, policy, () => 0)).toBe(500);
    expect(backoffDelayMs(1, policy, () => 1)).toBe(1000);
    expect(backoffDelayMs(2, policy, () => 1)).toBe(2000);
    expect(backoffDelayMs(4, policy, () => 1)).toBe(8000);
    expect(backoffDelayMs(4, policy, () => 0)).toBe(4000);
  });

  it('never exceeds the cap', () => {
    expect(backoffDelayMs(30, policy, () => 1)).toBe(60_000);
    expect(backoffDelayMs(1000, policy, () => 1)).toBe(60_000);
  });
});
