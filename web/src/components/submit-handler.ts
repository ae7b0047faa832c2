// A form's onSubmit that keeps the browser from sending the form itself and runs the page's action.
import type { FormEvent } from 'react';

export function submitHandler(action: () => void): (event: FormEvent) => void {
  return (event) => {
    event.preventDefault();
    action();
  };
}
