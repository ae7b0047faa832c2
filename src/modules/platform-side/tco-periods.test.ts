import { describe, expect, it } from 'vitest';
import { addMonthsUtc, complaintDeadline, complaintOverdue, extendedEnd, preservationEnd } from './tco-periods.ts';

const d = (s: string) => new Date(s);
const days = (a: Date, b: Date) => (b.getTime() - a.getTime()) / 86_400_000;

describe('the TCO periods', () => {
  it('preserves for six calendar months, same time of day', () => {
    expect(preservationEnd(d('2025-09-01T12:30:00Z')).toISOString()).toBe('2026-03-01T12:30:00.000Z');
    expect(days(d('2025-09-01T12:30:00Z'), preservationEnd(d('2025-09-01T12:30:00Z')))).toBe(181);
    expect(days(d('2026-03-01T10:00:00Z'), preservationEnd(d('2026-03-01T10:00:00Z')))).toBe(184);
  });

  it('ends on the last day of a shorter month and crosses years', () => {
    expect(addMonthsUtc(d('2025-08-31T00:00:00Z'), 6).toISOString()).toBe('2026-02-28T00:00:00.000Z');
    expect(addMonthsUtc(d('2027-08-31T00:00:00Z'), 6).toISOString()).toBe('2028-02-29T00:00:00.000Z');
    expect(addMonthsUtc(d('2026-07-15T08:00:00Z'), 6).toISOString()).toBe('2027-01-15T08:00:00.000Z');
  });

  it('extends by whole days', () => {
    expect(extendedEnd(d('2026-03-01T12:00:00Z'), 90).toISOString()).toBe('2026-05-30T12:00:00.000Z');
  });

  it('gives a complaint two weeks, overdue only while undecided', () => {
    const deadlineAt = complaintDeadline(d('2026-03-01T10:00:00Z'));
    expect(deadlineAt.toISOString()).toBe('2026-03-15T10:00:00.000Z');
    expect(complaintOverdue({ deadlineAt, decidedAt: null }, d('2026-03-15T10:00:00Z'))).toBe(false);
    expect(complaintOverdue({ deadlineAt, decidedAt: null }, d('2026-03-15T10:00:01Z'))).toBe(true);
    expect(complaintOverdue({ deadlineAt, decidedAt: d('2026-03-20T00:00:00Z') }, d('2026-04-01T00:00:00Z'))).toBe(false);
  });
});
