// The periods of the TCO Regulation (EU) 2021/784 that the platform side keeps: removed content is
// preserved for six months from its removal (Art. 6(2)), longer on request; a complaint about a
// removal is decided within two weeks of its receipt (Art. 10(2)). Pure: the caller passes times.

export const PRESERVATION_MONTHS = 6;
/** Bounds of one extension of a preservation, in days. */
export const MAX_EXTENSION_DAYS = 730;
export const COMPLAINT_DECISION_DAYS = 14;
export const DAY_MS = 86_400_000;

/**
 * The same time of day `months` calendar months later (UTC); when the day does not exist in that
 * month (31 August + 6 months), the last day of the month. Six months are 181 to 184 days.
 */
export function addMonthsUtc(from: Date, months: number): Date {
  const year = from.getUTCFullYear();
  const month = from.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const to = new Date(from.getTime());
  to.setUTCFullYear(year, month, Math.min(from.getUTCDate(), lastDay));
  return to;
}

/** The end of the preservation of content removed at `removedAt`: six months later. */
export function preservationEnd(removedAt: Date): Date {
  return addMonthsUtc(removedAt, PRESERVATION_MONTHS);
}

/** A preservation extended by `days` whole days from its current end. */
export function extendedEnd(until: Date, days: number): Date {
  return new Date(until.getTime() + days * DAY_MS);
}

/** The decision deadline of a complaint received at `receivedAt`: two weeks later. */
export function complaintDeadline(receivedAt: Date): Date {
  return new Date(receivedAt.getTime() + COMPLAINT_DECISION_DAYS * DAY_MS);
}

/** An undecided complaint past its deadline. */
export function complaintOverdue(c: { deadlineAt: Date; decidedAt: Date | null }, now: Date): boolean {
  return c.decidedAt === null && now.getTime() > c.deadlineAt.getTime();
}
