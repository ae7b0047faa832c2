// Text normalisation for exact text matching: the same words should hash the same whatever their
// Unicode composition, letter case, spacing or invisible characters. Steps: NFKC, full case
// folding, removal of default-ignorable code points (zero-width joiners, soft hyphens, BOMs,
// which are inserted to evade matching), white space folded to single spaces and trimmed.

const IGNORABLE = /\p{Default_Ignorable_Code_Point}/gu;
const WHITE_SPACE = /[\s\p{White_Space}]+/gu;

/**
 * Full case folding, approximated in JavaScript: upper-casing first expands characters that fold
 * to several (ß → SS → ss), and final sigma is folded to σ as Unicode's CaseFolding does.
 */
export function caseFold(text: string): string {
  return text.toUpperCase().toLowerCase().replace(/ς/g, 'σ');
}

export function normaliseText(text: string): string {
  const folded = caseFold(text.normalize('NFKC')).normalize('NFKC');
  return folded.replace(IGNORABLE, '').replace(WHITE_SPACE, ' ').trim();
}
