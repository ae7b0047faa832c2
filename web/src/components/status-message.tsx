// What just happened, as a status line screen readers read out: green when it worked, red when it
// did not; nothing without text. reportOutcome runs an action and words its outcome for one.
import type { ReactNode } from 'react';
import { errorMessage } from '../api/client';

/** An outcome to show: "Entry #4 deleted." (ok) or the error's message. */
export interface Outcome {
  ok: boolean;
  text: string;
}

export function StatusMessage({ ok = true, children }: { ok?: boolean; children: ReactNode }) {
  if (children == null || children === false || children === '') return null;
  return (
    <p role="status" className={ok ? 'form-ok' : 'form-error'}>
      {children}
    </p>
  );
}

/**
 * Runs `action`, then reports `done` and runs `after` (a refetch, say); if either fails, reports
 * the error instead.
 */
export async function reportOutcome(report: (outcome: Outcome) => void, action: () => Promise<unknown>, done: string, after?: () => Promise<unknown>): Promise<void> {
  try {
    await action();
    report({ ok: true, text: done });
    await after?.();
  } catch (e) {
    report({ ok: false, text: errorMessage(e) });
  }
}
