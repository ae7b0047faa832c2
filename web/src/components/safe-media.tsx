// Media as the wellbeing rules want them: blurred (and greyscale if the member chose it) until the
// viewer asks to see them, videos muted and never autoplayed. The blur strength comes from the
// member's preferences through CSS custom properties (see preferences.tsx and styles.css).
import { useId, useState } from 'react';

interface SafeMediaProps {
  src: string;
  kind: 'image' | 'video';
  /** What the media is, for screen readers and the reveal button ("Image of item 12"). */
  label: string;
  /** Show revealed at once (used only where the member explicitly asked, e.g. "reveal all"). */
  initiallyRevealed?: boolean;
}

export function SafeMedia({ src, kind, label, initiallyRevealed = false }: SafeMediaProps) {
  const [revealed, setRevealed] = useState(initiallyRevealed);
  const id = useId();
  return (
    <figure className={`safe-media${revealed ? ' is-revealed' : ''}`} data-testid="safe-media" data-revealed={revealed}>
      <div className="safe-media__frame">
        {kind === 'image' ? (
          <img src={src} alt={revealed ? label : ''} aria-hidden={!revealed} loading="lazy" decoding="async" draggable={false} />
        ) : (
          <video src={src} muted preload="metadata" playsInline controls={revealed} aria-hidden={!revealed} aria-label={label} />
        )}
        {!revealed && (
          <button type="button" className="safe-media__reveal" aria-describedby={id} onClick={() => setRevealed(true)}>
            Reveal {kind}
          </button>
        )}
      </div>
      <figcaption id={id} className="safe-media__caption">
        {label}
        {revealed && (
          <button type="button" className="link-button" onClick={() => setRevealed(false)}>
            Hide again
          </button>
        )}
      </figcaption>
    </figure>
  );
}
