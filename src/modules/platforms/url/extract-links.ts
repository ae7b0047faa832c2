// Finds the links in free text (an item's caption, a post, a chat message): http(s) URLs, bare
// domains with or without a path (`t.me/channel`, `example.org`) and the defanged spellings
// analysts use (`hxxps://example[.]org`), each canonicalised. The text comes from hostile hands, so
// the work is bounded: the text is read up to MAX_TEXT_LENGTH, it is split on separators by simple
// character classes (no pattern can backtrack), and at most MAX_LINKS links are returned.
import { parse as parseDomain } from 'tldts';
import { canonicaliseUrl, MAX_URL_LENGTH } from './canonicalise.ts';

export const MAX_TEXT_LENGTH = 1_048_576;
export const MAX_LINKS = 500;

/** Characters that never occur inside a link as people paste it (whitespace, quotes, angle brackets, CJK punctuation). */
const SEPARATORS = /[\s<>"'`{}|\\^\u3000-\u303f\uff08\uff09\uff0c\uff1c\uff1e]+/u;
const SCHEME_START = /https?:\/\//gi;
const DEFANGED_DOT = /\[\.\]|\(\.\)|\{\.\}|\[dot\]/gi;
const DEFANGED_SCHEME = /hxxp(s?)(?:\[:\]|:)\/\//gi;
const TRAILING = new Set(['.', ',', ';', ':', '!', '?', ')', ']', '*', '»', '”', '’', '…']);
const LEADING = /^[([*«“‘]+/u;
const LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?$/u;
/** Top-level domains that are also common file extensions: `notes.md` is a file unless a path follows. */
const FILE_LIKE_TLDS = new Set(['md', 'zip', 'mov', 'py', 'sh', 'rs', 'pl', 'cc', 'so', 'ps']);

export function extractLinks(text: string, options: { max?: number } = {}): string[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const max = Math.max(0, Math.min(options.max ?? MAX_LINKS, MAX_LINKS));
  const bounded = text.length > MAX_TEXT_LENGTH ? text.slice(0, MAX_TEXT_LENGTH) : text;
  const refanged = bounded.replace(DEFANGED_DOT, '.').replace(DEFANGED_SCHEME, 'http$1://');
  const found = new Set<string>();
  const seen = new Set<string>();
  for (const token of refanged.split(SEPARATORS)) {
    if (found.size >= max) break;
    if (token.length < 4) continue;
    for (const candidate of candidatesIn(token)) {
      if (found.size >= max) break;
      if (seen.has(candidate.text)) continue;
      seen.add(candidate.text);
      const url = candidate.bare ? bareLink(candidate.text) : schemeLink(candidate.text);
      if (url !== null) found.add(url);
    }
  }
  return [...found];
}

function* candidatesIn(token: string): Generator<{ text: string; bare: boolean }> {
  const starts: number[] = [];
  SCHEME_START.lastIndex = 0;
  for (let m = SCHEME_START.exec(token); m !== null; m = SCHEME_START.exec(token)) starts.push(m.index);
  if (starts.length === 0) {
    const text = trimTrailing(token.replace(LEADING, ''));
    if (text.length > 0 && text.length <= MAX_URL_LENGTH) yield { text, bare: true };
    return;
  }
  for (let i = 0; i < starts.length; i++) {
    const end = starts[i + 1] ?? token.length;
    if (end - starts[i]! > MAX_URL_LENGTH) continue;
    const text = trimTrailing(token.slice(starts[i], end));
    if (text.length > 0) yield { text, bare: false };
  }
}

/** Drops sentence punctuation after a link; a closing bracket stays when the link opened one (Wikipedia's `Foo_(bar)`). */
function trimTrailing(s: string): string {
  let opens = 0;
  let closes = 0;
  let squareOpens = 0;
  let squareCloses = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 40) opens++;
    else if (c === 41) closes++;
    else if (c === 91) squareOpens++;
    else if (c === 93) squareCloses++;
  }
  let end = s.length;
  while (end > 0 && TRAILING.has(s[end - 1]!)) {
    const c = s[end - 1]!;
    if (c === ')') {
      if (closes <= opens) break;
      closes--;
    } else if (c === ']') {
      if (squareCloses <= squareOpens) break;
      squareCloses--;
    }
    end--;
  }
  return s.slice(0, end);
}

function schemeLink(text: string): string | null {
  try {
    return canonicaliseUrl(text).url;
  } catch {
    return null;
  }
}

/** `example.org`, `www.example.org/x`, `t.me/channel:` a host of valid labels under a known public suffix, not an email address. */
function bareLink(text: string): string | null {
  const hostEnd = firstIndexOf(text, '/?#');
  const hostPart = text.slice(0, hostEnd);
  if (hostPart.includes('@')) return null;
  const colon = hostPart.lastIndexOf(':');
  const host = colon === -1 ? hostPart : hostPart.slice(0, colon);
  if (colon !== -1 && !/^\d{1,5}$/.test(hostPart.slice(colon + 1))) return null;
  const labels = host.split('.');
  if (labels.length < 2 || labels.length > 127 || !labels.every((l) => LABEL.test(l))) return null;
  const tld = labels[labels.length - 1]!.toLowerCase();
  if (/^\d+$/.test(tld)) return null;
  if (FILE_LIKE_TLDS.has(tld) && hostEnd === text.length && labels[0]!.toLowerCase() !== 'www') return null;
  // The suffix check is cheap and rejects most prose (`v1.2`, `e.g`, `Mr.Smith`) before any parsing.
  const info = parseDomain(host.toLowerCase(), { allowPrivateDomains: false, extractHostname: false });
  if (info.isIcann !== true || info.domain === null) return null;
  return schemeLink(`http://${text}`);
}

function firstIndexOf(s: string, chars: string): number {
  for (let i = 0; i < s.length; i++) if (chars.includes(s[i]!)) return i;
  return s.length;
}
