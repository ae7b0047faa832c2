// The member's own settings: wellbeing (blur strength, greyscale) with a live preview.
import { useEffect, useState, type FormEvent } from 'react';
import { Field } from '../components/field';
import { Page } from '../components/page';
import { reportOutcome, StatusMessage, type Outcome } from '../components/status-message';
import { usePreferences } from '../preferences';
import { useSession } from '../session';

export function SettingsPage() {
  const { session } = useSession();
  const { preferences, save, saving } = usePreferences();
  const [blur, setBlur] = useState(preferences.mediaBlurPx);
  const [greyscale, setGreyscale] = useState(preferences.greyscale);
  const [message, setMessage] = useState<Outcome | null>(null);
  useEffect(() => {
    setBlur(preferences.mediaBlurPx);
    setGreyscale(preferences.greyscale);
  }, [preferences.mediaBlurPx, preferences.greyscale]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    await reportOutcome(setMessage, () => save({ mediaBlurPx: blur, greyscale }), 'Saved.');
  }

  if (!session?.member) {
    return (
      <Page title="Settings">
        <p>API keys have no personal settings.</p>
      </Page>
    );
  }
  return (
    <Page title="Settings">
      <form className="card stack" onSubmit={(e) => void submit(e)}>
        <h2>Wellbeing</h2>
        <p>Media stay hidden behind a blur until you reveal them, and videos start muted. Choose how strong the blur is and whether media show in greyscale.</p>
        <Field label={`Blur strength: ${blur} px`} hint="0 to 64 px; 0 turns the blur off. Videos start muted whatever you choose.">
          <input type="range" min={0} max={64} step={1} value={blur} onChange={(e) => setBlur(Number(e.target.value))} />
        </Field>
        <div className="field field--inline">
          <input id="greyscale" type="checkbox" checked={greyscale} onChange={(e) => setGreyscale(e.target.checked)} />
          <label htmlFor="greyscale">Show media in greyscale</label>
        </div>
        <div className="preview" aria-hidden="true" style={{ ['--media-blur' as string]: `${blur}px`, ['--media-greyscale' as string]: greyscale ? '1' : '0' }}>
          <div className="preview__swatch safe-media__frame">
            <span className="preview__sample">Preview</span>
          </div>
        </div>
        {message && <StatusMessage ok={message.ok}>{message.text}</StatusMessage>}
        <button type="submit" className="button--primary" disabled={saving}>
          Save
        </button>
      </form>
    </Page>
  );
}
