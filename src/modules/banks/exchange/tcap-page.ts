// One page of Tech Against Terrorism's TCAP hash list v2:
// `{count, next, previous, checkpoint, results: [{id, hash_digest, algorithm, ideology, file_type,
// deleted, created_on, updated_on}]}`. A page that is not of this shape throws (nothing on it can
// be trusted); a bad entry on a good page becomes an error row at its 1-based position. Entries
// with `deleted: true` are tombstones. ideology and file_type become tags; all source fields are
// kept under `metadata.tcap`.

import { z } from 'zod';
import { ExchangeError } from './exchange-error.ts';
import { errorRow, type ParsedRow } from './exchange-record.ts';
import { buildRow } from './record-builder.ts';
import { basicSignalValidator, type SignalValidator } from './signal-validator.ts';

/** TCAP algorithm → Vigil signal type. SHA512 is stored but not yet matched (see the docs). */
export const TCAP_ALGORITHMS: Readonly<Record<string, string>> = {
  MD5: 'md5',
  SHA256: 'sha256',
  SHA512: 'sha512',
  PDQ: 'pdq',
};

const timestamp = z.union([z.string().max(64), z.number()]).nullable().optional();
const label = z.string().max(256).nullable().optional();

const pageSchema = z.object({
  count: z.number().int().nonnegative().optional(),
  next: z.string().max(4096).nullable().optional(),
  previous: z.string().max(4096).nullable().optional(),
  checkpoint: z.string().max(256).nullable().optional(),
  results: z.array(z.unknown()),
});

const entrySchema = z.object({
  id: z.union([z.number().int(), z.string().min(1).max(64)]),
  hash_digest: z.string(),
  algorithm: z.string().max(32),
  ideology: label,
  file_type: label,
  deleted: z.boolean().optional(),
  created_on: timestamp,
  updated_on: timestamp,
});

export interface TcapPage {
  rows: ParsedRow[];
  /** The next page's URL as the server gave it (not yet checked against the origin). */
  next: string | null;
  /** Pass as `after` to resume after this page. */
  checkpoint: string | null;
  /** Entries in the whole list, as the server reports it. */
  count: number;
}

function entryRow(position: number, entry: unknown, validator: SignalValidator): ParsedRow {
  const parsed = entrySchema.safeParse(entry);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? `${issue.path.map(String).join('.')}: ` : '';
    return errorRow(position, 'VALIDATION_FAILED', `not a TCAP entry: ${where}${issue?.message ?? 'invalid'}`);
  }
  const e = parsed.data;
  const algorithm = e.algorithm.trim().toUpperCase();
  const signalType = Object.hasOwn(TCAP_ALGORITHMS, algorithm) ? TCAP_ALGORITHMS[algorithm]! : undefined;
  if (signalType === undefined) {
    return errorRow(position, 'SIGNAL_TYPE_UNKNOWN', `unknown TCAP algorithm ${JSON.stringify(e.algorithm.slice(0, 32))}`);
  }
  const tags: string[] = [];
  if (e.ideology) tags.push(`ideology:${e.ideology}`);
  if (e.file_type) tags.push(`file_type:${e.file_type}`);
  return buildRow(
    position,
    {
      signalType,
      signal: e.hash_digest,
      tags,
      sourceId: String(e.id),
      deleted: e.deleted ?? false,
      metadata: {
        tcap: {
          id: e.id,
          algorithm: e.algorithm,
          ideology: e.ideology ?? null,
          file_type: e.file_type ?? null,
          created_on: e.created_on ?? null,
          updated_on: e.updated_on ?? null,
        },
      },
    },
    validator,
  );
}

export function parseTcapPage(json: unknown, options: { validator?: SignalValidator } = {}): TcapPage {
  const page = pageSchema.safeParse(json);
  if (!page.success) {
    const issue = page.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` at ${issue.path.map(String).join('.')}` : '';
    throw new ExchangeError('VALIDATION_FAILED', `not a TCAP hash list page${where}: ${issue?.message ?? 'invalid'}`);
  }
  const validator = options.validator ?? basicSignalValidator;
  const { results } = page.data;
  return {
    rows: results.map((entry, i) => entryRow(i + 1, entry, validator)),
    next: page.data.next ?? null,
    checkpoint: page.data.checkpoint ?? null,
    count: page.data.count ?? results.length,
  };
}
