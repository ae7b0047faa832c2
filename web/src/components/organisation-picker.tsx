// Choosing organisations by name from the organisation directory (GET /organisations/directory)
// instead of typing their numbers: a labelled text input with a <datalist> of the organisations whose
// name contains what was typed, searched on the server as the user types. Picking a suggestion
// chooses it; Enter or "Add" chooses the organisation named (or numbered) as typed, or the only one
// whose name contains the text. With `multiple`, the chosen organisations are listed below with a
// remove button each; without, the input holds the one choice. A form calls `picker.commit()` on submit: it also resolves text typed
// but not yet chosen, when it is an organisation's full name or number.
import { useCallback, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, unwrap, type paths } from '../api/client';
import { Field } from './field';
import './organisation-picker.css';

export type DirectoryEntry = paths['/organisations/directory']['get']['responses'][200]['content']['application/json']['organisations'][number];

const KIND_LABELS: Record<DirectoryEntry['kind'], string> = { authority: 'authority', ngo: 'NGO', platform: 'platform' };
const SUGGESTIONS = 20;

/** "Partner Agency (authority, BE)" */
export function describeOrganisation(o: DirectoryEntry): string {
  return `${o.name} (${KIND_LABELS[o.kind]}${o.country ? `, ${o.country}` : ''})`;
}

function directoryQuery(q: string) {
  return { queryKey: ['organisation-directory', q], queryFn: () => unwrap(api.GET('/organisations/directory', { params: { query: { q, limit: SUGGESTIONS } } })), staleTime: 30_000 };
}

/** The organisation the text names: exactly its name (any case), or its number ("12" or "#12"). */
function findNamed(text: string, list: readonly DirectoryEntry[]): DirectoryEntry | undefined {
  const t = text.trim();
  const number = /^#?(\d+)$/.exec(t);
  if (number) {
    const byNumber = list.find((o) => o.id === Number(number[1]));
    if (byNumber) return byNumber;
  }
  return list.find((o) => o.name.toLowerCase() === t.toLowerCase());
}

/**
 * What the text names: the organisation of that exact name or number; with `onlyMatch`, otherwise
 * the one organisation (not excluded) whose name contains it.
 */
async function lookUp(queryClient: QueryClient, text: string, excluded: ReadonlySet<number>, onlyMatch: boolean): Promise<DirectoryEntry | undefined> {
  const t = text.trim();
  if (!t) return undefined;
  const list = (await queryClient.fetchQuery(directoryQuery(t))).organisations;
  const named = findNamed(t, list);
  if (named || !onlyMatch) return named;
  const open = list.filter((o) => !excluded.has(o.id));
  return open.length === 1 ? open[0] : undefined;
}

export interface OrganisationChoice {
  multiple: boolean;
  chosen: DirectoryEntry[];
  text: string;
  setText(text: string): void;
  error: string | null;
  setError(error: string | null): void;
  choose(o: DirectoryEntry): void;
  remove(id: number): void;
  /** Chooses what the text names, if anything; false (with an error shown) when it names nothing. */
  commitText(): Promise<boolean>;
  /** For a form's submit: the chosen organisations including what the text names, or null (error shown). */
  commit(): Promise<DirectoryEntry[] | null>;
  reset(): void;
  /** Organisation numbers never offered (the own organisation, those already taking part). */
  exclude: ReadonlySet<number>;
  announcement: string;
}

interface ChoiceOptions {
  multiple?: boolean;
  /** Organisation numbers not offered. */
  exclude?: readonly number[];
  /** Why an organisation is not offered, e.g. "is your own organisation or takes part already". */
  excludedBecause?: string;
}

export function useOrganisationChoice({ multiple = false, exclude = [], excludedBecause = 'is your own organisation' }: ChoiceOptions = {}): OrganisationChoice {
  const queryClient = useQueryClient();
  const [chosen, setChosen] = useState<DirectoryEntry[]>([]);
  const [text, setTextState] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const excluded = useMemo(() => new Set(exclude), [exclude]);

  const choose = useCallback(
    (o: DirectoryEntry) => {
      setError(null);
      if (multiple) {
        setChosen((list) => (list.some((c) => c.id === o.id) ? list : [...list, o]));
        setTextState('');
        setAnnouncement(`${o.name} added.`);
      } else {
        setChosen([o]);
        setTextState(o.name);
      }
    },
    [multiple],
  );

  const setText = useCallback(
    (next: string) => {
      setTextState(next);
      setError(null);
      // A single choice follows the text: editing it away from the chosen name un-chooses it.
      if (!multiple) setChosen((list) => (list[0] && list[0].name === next ? list : []));
    },
    [multiple],
  );

  const resolve = useCallback(
    async (value: string, onlyMatch: boolean): Promise<DirectoryEntry | null | undefined> => {
      if (!value.trim()) return undefined;
      let found: DirectoryEntry | undefined;
      try {
        found = await lookUp(queryClient, value, excluded, onlyMatch);
      } catch {
        setError('The organisation directory could not be searched. Try again.');
        return null;
      }
      if (!found) {
        setError(onlyMatch ? `No single organisation matches “${value.trim()}”. Type more of the name and choose one from the list.` : `No organisation is named “${value.trim()}”. Type part of the name and choose one from the list.`);
        return null;
      }
      if (excluded.has(found.id)) {
        setError(`${found.name} ${excludedBecause}: choose another organisation.`);
        return null;
      }
      return found;
    },
    [queryClient, excluded, excludedBecause],
  );

  const commitText = useCallback(async () => {
    const found = await resolve(text, true);
    if (found) choose(found);
    return found !== null;
  }, [resolve, text, choose]);

  const commit = useCallback(async (): Promise<DirectoryEntry[] | null> => {
    if (!multiple && chosen[0] && chosen[0].name === text) return chosen;
    const found = await resolve(text, false);
    if (found === null) return null;
    if (!found) return multiple ? chosen : [];
    choose(found);
    return multiple ? (chosen.some((c) => c.id === found.id) ? chosen : [...chosen, found]) : [found];
  }, [multiple, chosen, text, resolve, choose]);

  return {
    multiple,
    chosen,
    text,
    setText,
    error,
    setError,
    choose,
    remove: (id) => {
      const gone = chosen.find((c) => c.id === id);
      setChosen((list) => list.filter((c) => c.id !== id));
      if (gone) setAnnouncement(`${gone.name} removed.`);
    },
    commitText,
    commit,
    reset: () => {
      setChosen([]);
      setTextState('');
      setError(null);
    },
    exclude: excluded,
    announcement,
  };
}

interface OrganisationPickerProps {
  label: string;
  hint?: string;
  picker: OrganisationChoice;
  /** An error from outside, e.g. the API refusing the choice. */
  error?: string | null;
  autoFocus?: boolean;
  required?: boolean;
}

export function OrganisationPicker({ label, hint, picker, error, autoFocus, required }: OrganisationPickerProps) {
  const listId = useId();
  const [debounced, setDebounced] = useState(picker.text.trim());
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(picker.text.trim()), 200);
    return () => clearTimeout(timer);
  }, [picker.text]);
  const suggestions = useQuery({ ...directoryQuery(debounced), enabled: debounced.length > 0 });
  const options = (suggestions.data?.organisations ?? []).filter((o) => !picker.exclude.has(o.id) && !picker.chosen.some((c) => c.id === o.id));
  const inputRef = useRef<HTMLInputElement>(null);

  const { text, choose } = picker;
  const loaded = suggestions.data?.organisations;
  // Picking a suggestion puts its exact name in the input: choose it at once. In a list that
  // still has longer names starting with the text, wait for Enter, "Add" or more typing.
  useEffect(() => {
    if (!loaded || !text.trim() || debounced !== text.trim()) return;
    const t = text.trim().toLowerCase();
    const exact = loaded.filter((o) => o.name.toLowerCase() === t && !picker.exclude.has(o.id) && !picker.chosen.some((c) => c.id === o.id));
    const longer = loaded.some((o) => o.name.toLowerCase() !== t && o.name.toLowerCase().startsWith(t));
    if (exact.length === 1 && !longer) choose(exact[0]!);
    // Only when the text or its suggestions change (picker.exclude and picker.chosen are read, not watched).
  }, [text, debounced, loaded]);

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    // Enter chooses what is typed; once chosen (a single choice), Enter submits the form.
    const chosenAlready = !picker.multiple && picker.chosen[0]?.name === picker.text;
    if (e.key === 'Enter' && picker.text.trim() && !chosenAlready) {
      e.preventDefault();
      void picker.commitText();
    }
  }

  const shownError = picker.error ?? error ?? null;
  const typed = picker.text.trim();
  const settled = typed !== '' && debounced === typed && suggestions.isSuccess && !suggestions.isFetching;
  const found = suggestions.data?.organisations.length ?? 0;
  const status = !typed || (!picker.multiple && picker.chosen[0]?.name === picker.text)
    ? ''
    : suggestions.isError
      ? 'The organisation directory could not be searched.'
      : !settled
        ? debounced === typed && suggestions.isFetching ? 'Searching…' : ''
        : found === 0
          ? 'No organisation found with that name.'
          : options.length === 0
            ? 'Every organisation found is chosen already or not offered here.'
            : options.length === 1
              ? '1 organisation matches: choose it from the list, or press Enter.'
              : `${options.length}${found >= SUGGESTIONS ? ' or more' : ''} organisations match: choose one from the list, or type more of the name.`;

  return (
    <div className="org-picker">
      <div className="org-picker__entry">
        <Field label={label} hint={hint} error={shownError}>
          <input
            ref={inputRef}
            type="text"
            list={listId}
            value={picker.text}
            onChange={(e) => picker.setText(e.target.value)}
            onKeyDown={onKeyDown}
            autoComplete="off"
            spellCheck={false}
            autoFocus={autoFocus}
            required={required && picker.chosen.length === 0}
            placeholder="Type part of a name"
          />
        </Field>
        {picker.multiple && (
          <button type="button" onClick={() => void picker.commitText().then(() => inputRef.current?.focus())} disabled={!picker.text.trim()}>
            Add<span className="visually-hidden"> organisation</span>
          </button>
        )}
      </div>
      <datalist id={listId}>
        {options.map((o) => (
          <option key={o.id} value={o.name} label={`${KIND_LABELS[o.kind]}${o.country ? `, ${o.country}` : ''} · no. ${o.id}`} />
        ))}
      </datalist>
      <p className="org-picker__status" role="status" aria-live="polite">
        {status}
      </p>
      {picker.multiple && picker.chosen.length > 0 && (
        <ul className="org-picker__chosen" aria-label="Chosen organisations">
          {picker.chosen.map((o) => (
            <li key={o.id}>
              <span>{describeOrganisation(o)}</span>
              <button type="button" className="button--quiet org-picker__remove" onClick={() => picker.remove(o.id)} aria-label={`Remove ${o.name}`}>
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <p className="visually-hidden" aria-live="polite">
        {picker.announcement}
      </p>
    </div>
  );
}

/** The names of organisations known by number (the directory's `ids` filter), for lists and hints. */
export function useOrganisationNames(ids: readonly number[]): Map<number, DirectoryEntry> {
  const wanted = useMemo(() => [...new Set(ids)].sort((a, b) => a - b).slice(0, 200), [ids]);
  const names = useQuery({
    queryKey: ['organisation-directory', 'ids', wanted.join(',')],
    queryFn: () => unwrap(api.GET('/organisations/directory', { params: { query: { ids: wanted.join(','), limit: 200 } } })),
    enabled: wanted.length > 0,
    staleTime: 60_000,
  });
  return useMemo(() => new Map((names.data?.organisations ?? []).map((o) => [o.id, o])), [names.data]);
}

/** An organisation's name when the directory knows it, else its number. */
export function organisationLabel(names: Map<number, DirectoryEntry>, id: number): string {
  return names.get(id)?.name ?? `Organisation no. ${id}`;
}
