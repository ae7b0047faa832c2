import { describe, expect, it } from 'vitest';
import { textSha256, textSha256Signal } from './text-sha256.signal.ts';
import { textTlshSignal } from './text-tlsh.signal.ts';
import { normaliseText } from './normalise.ts';
import { tlshDistanceNoLength, tlshHash } from './tlsh.ts';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('normalisation', () => {
  it.each([
    ['  Hello\tWORLD \n', 'hello world'],
    ['Straße', 'strasse'],
    ['ＡＢＣ１２３', 'abc123'], // full-width forms (NFKC)
    ['e\u0301', 'é'], // combining accent composed
    ['ﬁre', 'fire'], // ligature
    ['ΟΔΟΣ', 'οδοσ'], // final sigma folded
    ['zero\u200bwidth\u200djoiner\u00adsoft', 'zerowidthjoinersoft'],
    ['a\u00a0b\u2003c', 'a b c'], // no-break and em spaces
  ])('%j → %j', (input, expected) => {
    expect(normaliseText(input)).toBe(expected);
  });

  it('hashes variants of the same text identically', async () => {
    const a = await textSha256Signal.hash({ kind: 'text', text: 'Join  the Cause' }, { limits: {} as never });
    const b = await textSha256Signal.hash({ kind: 'text', text: 'join the\u200b cause ' }, { limits: {} as never });
    expect(a.value).toBe(b.value);
    expect(a.value).toBe(textSha256('JOIN THE CAUSE'));
    expect(a.value).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('TLSH', () => {
  // python-threatexchange's text_tlsh test vector (py-tlsh 4.x).
  const PTE = "A minimum string length must be 256 bytes! That's so much text this means it's not super useful for finding short text!";
  // The TLSH project's documented example (a quote from 'The UNIX-HATERS Handbook').
  const UNIX =
    'The best documentation is the UNIX source. After all, this is what the system uses for documentation when it decides what to do next! The manuals paraphrase the source code, often having been written at different times and by different people than who wrote the code. Think of them as guidelines. Sometimes they are more like wishes... Nonetheless, it is all too common to turn to the source and find options and behaviors that are not documented in the manual. Sometimes you find options described in the manual that are unimplemented and ignored by the source.';

  it('reproduces the reference hashes', () => {
    expect(tlshHash(bytes(PTE))).toBe('T1DFB092A1724AC2C0D3CA48452291EA04A5B75EB903A6E7577A54118FFA8148E98F9426');
    expect(tlshHash(bytes(UNIX))).toBe('T16FF02BEF718027B0160B4391212923ED7F1A463D563B1549B86CF62973B197AD2731F8');
  });

  it('has no hash for short or uniform input', () => {
    expect(tlshHash(bytes('too short'))).toBeUndefined();
    expect(tlshHash(bytes('a'.repeat(500)))).toBeUndefined();
  });

  it('puts near-duplicates of a few kilobytes close and unrelated texts far apart', () => {
    const words = 'the of and to in is was for on that with as by at from his her they this which are be or an were had not but have one all their more its also has after been first who when other two into new some than only would over city such people year'.split(' ');
    let seed = 12345;
    const random = (): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const text = Array.from({ length: 500 }, () => words[Math.floor(random() * words.length)]).join(' ');
    const original = tlshHash(bytes(text))!;
    const edited = tlshHash(bytes(text.replace(' city ', ' town ') + ' Share this.'))!;
    const other = tlshHash(bytes(UNIX.repeat(5)))!;
    expect(tlshDistanceNoLength(original, original)).toBe(0);
    expect(tlshDistanceNoLength(original, edited)).toBeLessThanOrEqual(30);
    expect(tlshDistanceNoLength(original, other)).toBeGreaterThan(100);
    expect(textTlshSignal.matches(original, edited)).toBe(true);
    expect(textTlshSignal.matches(original, other)).toBe(false);
  });

  it('is symmetric', () => {
    const a = tlshHash(bytes(UNIX))!;
    const b = tlshHash(bytes(PTE.repeat(3)))!;
    expect(tlshDistanceNoLength(a, b)).toBe(tlshDistanceNoLength(b, a));
  });

  it('refuses to hash text too short for TLSH', async () => {
    await expect(textTlshSignal.hash({ kind: 'text', text: 'hi' }, { limits: {} as never })).rejects.toMatchObject({ code: 'MEDIA_UNSUPPORTED' });
  });
});
