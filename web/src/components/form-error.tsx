// A form's or an action's error, as a paragraph that screen readers announce; nothing without one.
// A string is shown as it is (a check the page made itself); anything else is described, by default
// with the API's message and code.
import { ApiRequestError, errorMessage } from '../api/client';

interface FormErrorProps {
  /** A message, a thrown value (an ApiRequestError …), or null/undefined/'' for no error. */
  error: unknown;
  /** How to word a thrown value ("Blocked by a hold: …"); errorMessage by default. */
  describe?: (error: unknown) => string;
  className?: string;
}

export function FormError({ error, describe = errorMessage, className }: FormErrorProps) {
  if (!error) return null;
  return (
    <p role="alert" className={className ? `form-error ${className}` : 'form-error'} data-code={error instanceof ApiRequestError ? error.code : undefined}>
      {typeof error === 'string' ? error : describe(error)}
    </p>
  );
}
