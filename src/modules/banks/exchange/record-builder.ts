// Turns the raw fields a format read into a validated ExchangeRecord, or an error row. Every
// parser goes through here, so every format applies the same rules: aliases mapped to Vigil's
// signal type names, the injected validator's canonical value, bounded metadata sizes, and no
// text PostgreSQL cannot store (NUL) or that is not Unicode (lone surrogates).

import { errorRow, preview, type ParsedRow } from './exchange-record.ts';
import { toVigilSignalType } from './signal-type-names.ts';
import type { SignalValidator } from './signal-validator.ts';

export const RECORD_LIMITS = {
  /** Characters in category, collab and sourceId. */
  textChars: 1024,
  /** Characters in one tag. */
  tagChars: 256,
  tags: 256,
} as const;

export interface RawFields {
  signalType: string;
  signal: string;
  category?: string | null;
  tags?: readonly string[];
  collab?: string | null;
  sourceId?: string | null;
  deleted?: boolean;
  metadata?: Record<string, unknown>;
}

const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

/** A reason the text cannot be stored, or undefined. */
export function unstorableText(value: string): string | undefined {
  if (value.includes('\u0000')) return 'contains a NUL character';
  if (LONE_SURROGATE.test(value)) return 'contains an unpaired surrogate';
  return undefined;
}

/** Checks every string (keys included) inside a JSON value. */
function unstorableJson(value: unknown, depth = 0): string | undefined {
  if (depth > 32) return 'is nested too deeply';
  if (typeof value === 'string') return unstorableText(value);
  if (Array.isArray(value)) {
    for (const item of value) {
      const problem = unstorableJson(item, depth + 1);
      if (problem) return problem;
    }
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const problem = unstorableText(key) ?? unstorableJson(item, depth + 1);
      if (problem) return problem;
    }
  }
  return undefined;
}

/** Empty and whitespace-only optional text becomes null, as in the line formats' empty columns. */
function optionalText(value: string | null | undefined): string | null {
  return value == null || value.trim() === '' ? null : value;
}

export function buildRow(line: number, raw: RawFields, validator: SignalValidator): ParsedRow {
  const category = optionalText(raw.category);
  const collab = optionalText(raw.collab);
  const sourceId = optionalText(raw.sourceId);
  const tags = [...new Set(raw.tags ?? [])];
  const texts: Array<[string, string | null]> = [
    ['signal type', raw.signalType],
    ['signal', raw.signal],
    ['category', category],
    ['collab', collab],
    ['source id', sourceId],
    ...tags.map((tag): [string, string] => ['tag', tag]),
  ];
  for (const [name, value] of texts) {
    const problem = value === null ? undefined : unstorableText(value);
    if (problem) return errorRow(line, 'VALIDATION_FAILED', `the ${name} ${problem}`);
  }
  const metadataProblem = unstorableJson(raw.metadata ?? {});
  if (metadataProblem) return errorRow(line, 'VALIDATION_FAILED', `the metadata ${metadataProblem}`);
  for (const [name, value] of [['category', category], ['collab', collab], ['source id', sourceId]] as const) {
    if (value !== null && value.length > RECORD_LIMITS.textChars) {
      return errorRow(line, 'VALIDATION_FAILED', `the ${name} is longer than ${RECORD_LIMITS.textChars} characters`);
    }
  }
  if (tags.length > RECORD_LIMITS.tags) return errorRow(line, 'VALIDATION_FAILED', `more than ${RECORD_LIMITS.tags} tags`);
  const badTag = tags.find((tag) => tag.length === 0 || tag.length > RECORD_LIMITS.tagChars);
  if (badTag !== undefined) {
    return errorRow(line, 'VALIDATION_FAILED', `tags are 1..${RECORD_LIMITS.tagChars} characters, not ${preview(badTag)}`);
  }

  const signalType = toVigilSignalType(raw.signalType);
  if (signalType === '') return errorRow(line, 'VALIDATION_FAILED', 'the signal type is missing');
  if (raw.signal.trim() === '') return errorRow(line, 'VALIDATION_FAILED', 'the signal is missing');
  let result: ReturnType<SignalValidator>;
  try {
    result = validator(signalType, raw.signal);
  } catch (error) {
    // The application's validator may throw rather than return; a bad value is still a bad row.
    return errorRow(line, 'SIGNAL_INVALID', error instanceof Error ? error.message : 'the signal is invalid');
  }
  if (!result.ok) return errorRow(line, result.code, result.message);
  return {
    line,
    record: {
      signalType,
      signal: result.normalised,
      category,
      tags,
      collab,
      sourceId,
      deleted: raw.deleted ?? false,
      metadata: raw.metadata ?? {},
    },
  };
}
