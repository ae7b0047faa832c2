// A secret the API shows once (a webhook signing secret, an API key): shown in a box with a copy
// button and a plain warning that it will not be shown again, until the member dismisses it.
import { useEffect, useRef, useState } from 'react';
import './one-time-secret.css';

interface OneTimeSecretProps {
  /** What the secret is ("Signing secret for https://hooks.example.net/vigil"). */
  title: string;
  secret: string;
  onDismiss(): void;
}

export function OneTimeSecret({ title, secret, onDismiss }: OneTimeSecretProps) {
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.focus();
  }, [secret]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(secret);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  }

  return (
    <div className="one-time-secret" role="region" aria-label={title} tabIndex={-1} ref={box} data-testid="one-time-secret">
      <p className="one-time-secret__title">{title}</p>
      <p className="one-time-secret__warning">Copy it now: Vigil shows it only this once and cannot show it again.</p>
      <code className="one-time-secret__value" data-testid="secret-value">
        {secret}
      </code>
      <div className="row">
        <button type="button" className="button--primary" onClick={() => void copy()}>
          Copy to clipboard
        </button>
        <button type="button" onClick={onDismiss}>
          I have stored it
        </button>
        <span role="status" className={copied === 'failed' ? 'form-error' : 'form-ok'}>
          {copied === 'yes' ? 'Copied.' : copied === 'failed' ? 'Could not copy: select the text and copy it by hand.' : ''}
        </span>
      </div>
    </div>
  );
}
