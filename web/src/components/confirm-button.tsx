// A button for an action that cannot be undone (delete, revoke, dismiss): the first press asks the
// question in place, with "Yes" focused and "Cancel" beside it; Escape cancels. No modal, so the
// keyboard and screen readers stay where they were.
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

interface ConfirmButtonProps {
  /** The button's text ("Delete entry 12"). */
  children: ReactNode;
  /** The question shown before doing it ("Delete entry 12 for good?"). */
  question: string;
  /** The confirming button's text ("Yes, delete"). */
  confirmLabel: string;
  onConfirm(): void | Promise<void>;
  disabled?: boolean;
  /** Accessible name when the visible text is short ("Delete" in a table row). */
  'aria-label'?: string;
  /** The first button's class: red by default; "button--quiet" in long tables. */
  className?: string;
}

export function ConfirmButton({ children, question, confirmLabel, onConfirm, disabled = false, 'aria-label': ariaLabel, className = 'button--danger' }: ConfirmButtonProps) {
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const yes = useRef<HTMLButtonElement>(null);
  const first = useRef<HTMLButtonElement>(null);
  const questionId = useId();
  const wasAsking = useRef(false);

  useEffect(() => {
    if (asking) yes.current?.focus();
    else if (wasAsking.current) first.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  async function confirm() {
    setBusy(true);
    try {
      await onConfirm();
    } finally {
      setBusy(false);
      setAsking(false);
    }
  }

  if (!asking) {
    return (
      <button type="button" ref={first} className={className} disabled={disabled} aria-label={ariaLabel} onClick={() => setAsking(true)}>
        {children}
      </button>
    );
  }
  return (
    <span className="row" role="group" aria-labelledby={questionId} onKeyDown={(e) => e.key === 'Escape' && setAsking(false)}>
      <span id={questionId}>{question}</span>
      <button type="button" ref={yes} className="button--danger" disabled={busy} onClick={() => void confirm()}>
        {confirmLabel}
      </button>
      <button type="button" disabled={busy} onClick={() => setAsking(false)}>
        Cancel
      </button>
    </span>
  );
}
