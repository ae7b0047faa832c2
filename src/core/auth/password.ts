// Password hashing with Argon2id (OWASP's recommended parameters), through @node-rs/argon2, a
// maintained native binding that ships prebuilt binaries in its npm packages.
import { hash, verify, type Algorithm } from '@node-rs/argon2';
import { AppError } from '../errors/app-error.ts';

// Algorithm is an ambient const enum, which verbatim module syntax cannot read: Argon2id is 2.
const ARGON2ID = 2 as Algorithm;
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 };
export const MIN_PASSWORD_LENGTH = 12;
/** Longer inputs are refused before hashing so that nobody can make the server hash megabytes. */
export const MAX_PASSWORD_LENGTH = 256;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

/** A hash of a random password, verified against when the account is unknown, so timing is alike. */
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword(`unknown-account-${Math.random()}`);
  return dummyHash;
}

export function assertPasswordAcceptable(password: string, email: string): void {
  const local = email.split('@')[0]?.toLowerCase() ?? '';
  if (
    password.length < MIN_PASSWORD_LENGTH ||
    password.length > MAX_PASSWORD_LENGTH ||
    password.toLowerCase().includes(email.toLowerCase()) ||
    (local.length >= 4 && password.toLowerCase().includes(local))
  ) {
    throw new AppError('PASSWORD_TOO_WEAK');
  }
}
