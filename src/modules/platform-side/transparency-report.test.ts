import { describe, expect, it } from 'vitest';
import { buildTransparencyReport, reportFigures, reportPeriod, transparencyCsv, transparencyHtml, type TransparencyCounts } from './transparency-report.ts';

const counts: TransparencyCounts = {
  referrals: [
    { kind: 'removal_order', outcome: 'remove', rejectReason: null, inTime: true, count: 7 },
    { kind: 'removal_order', outcome: 'geo_block', rejectReason: null, inTime: true, count: 2 },
    { kind: 'removal_order', outcome: 'remove', rejectReason: null, inTime: false, count: 1 },
    { kind: 'removal_order', outcome: 'rejected', rejectReason: 'technical_impossibility', inTime: null, count: 2 },
    { kind: 'removal_order', outcome: 'clarification_requested', rejectReason: null, inTime: null, count: 1 },
    { kind: 'voluntary_referral', outcome: 'remove', rejectReason: null, inTime: null, count: 4 },
    { kind: 'voluntary_referral', outcome: 'rejected', rejectReason: 'other', inTime: null, count: 3 },
  ],
  complaints: [
    { outcome: 'upheld', overdue: false, late: true, count: 1 },
    { outcome: null, overdue: true, late: false, count: 2 },
  ],
  restored: 1,
};
const meta = { platform: { id: 3, name: 'Tube & <Co>' }, from: new Date('2026-01-01T00:00:00Z'), to: new Date('2026-07-01T00:00:00Z'), scope: 'platform' as const };

describe('the transparency report', () => {
  it('adds the counts up into the Art. 7(3) figures', () => {
    const r = buildTransparencyReport(meta, counts, new Date('2026-07-02T00:00:00Z'));
    expect(r.removalOrders).toEqual({
      received: 13,
      actioned: 10,
      removed: 8,
      geoBlocked: 2,
      actionedWithinOneHour: 9,
      actionedAfterOneHour: 1,
      notActioned: { total: 3, rejected: { not_terrorist_content: 0, not_hosted_here: 0, technical_impossibility: 2, insufficient_information: 0, other: 0 }, forceMajeure: 0, clarificationRequested: 1, pending: 0 },
    });
    expect(r.referrals).toMatchObject({ received: 7, actioned: 4, notActioned: { total: 3, rejected: { other: 3 } } });
    expect(r.complaints).toEqual({ received: 3, upheld: 1, dismissed: 0, pending: 2, overdue: 2, decidedLate: 1 });
    expect(r.restoredAfterComplaint).toBe(1);
    // Every figure is a CSV row.
    expect(transparencyCsv(r).trimEnd().split('\r\n')).toHaveLength(reportFigures(r).length + 1);
    expect(transparencyHtml(r)).toContain('<h1>Tube &amp; &lt;Co&gt;</h1>');
  });

  it('reads the period from dates (to included) or date-times (to excluded)', () => {
    expect(reportPeriod('2026-01-01', '2026-06-30')).toEqual({ from: new Date('2026-01-01T00:00:00Z'), to: new Date('2026-07-01T00:00:00Z') });
    expect(reportPeriod('2026-01-01T12:00:00+02:00', '2026-01-02T00:00:00Z')).toEqual({ from: new Date('2026-01-01T10:00:00Z'), to: new Date('2026-01-02T00:00:00Z') });
    expect(reportPeriod('2026-01-01', '2026-01-01')).not.toBeNull();
    expect(reportPeriod('2026-01-02', '2026-01-01')).toBeNull();
    expect(reportPeriod('2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')).toBeNull();
  });
});
