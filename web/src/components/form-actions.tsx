// The end of a form that can be abandoned: its submit button (showing that it is busy) and Cancel.
import type { ReactNode } from 'react';

interface FormActionsProps {
  /** The submit button's text ("Save assessment"). */
  submit: ReactNode;
  /** The form is being sent: the submit button is disabled and says `busyText`. */
  busy: boolean;
  /** The submit button's text while busy ("Saving…"); its usual text by default. */
  busyText?: ReactNode;
  /** The submit button is disabled for another reason (nothing chosen yet …). */
  disabled?: boolean;
  onCancel(): void;
  /** The cancel button's text. */
  cancel?: ReactNode;
  /** The submit button's class: primary; "button--danger" for what cannot be undone. */
  className?: string;
}

export function FormActions({ submit, busy, busyText, disabled = false, onCancel, cancel = 'Cancel', className = 'button--primary' }: FormActionsProps) {
  return (
    <div className="row">
      <button type="submit" className={className} disabled={busy || disabled}>
        {busy && busyText ? busyText : submit}
      </button>
      <button type="button" onClick={onCancel}>
        {cancel}
      </button>
    </div>
  );
}
