import { describe, expect, it } from 'vitest';
import type { Operation } from './operation.model.ts';
import { buildReport, reportCsv, reportHtml, type PlatformRow } from './operation-report.ts';
import type { OperationFigures } from './operation-figures.repository.ts';

const op: Operation = {
  id: 7,
  organisationId: 1,
  name: 'Action Day <script>alert(1)</script>',
  description: '',
  startsAt: new Date('2026-04-26T08:00:00Z'),
  endsAt: new Date('2026-04-28T08:00:00Z'),
  status: 'closed',
  scope: {},
  participantIds: [1, 2, 3, 4, 5, 6],
  createdAt: new Date('2026-04-20T00:00:00Z'),
  updatedAt: new Date('2026-04-28T08:00:00Z'),
  openedAt: null,
  closedAt: null,
};

const figures: OperationFigures = {
  items: 2068,
  clusters: 900,
  platforms: 52,
  organisations: 6,
  languages: ['ar', 'en', 'fr', 'de', 'ru', 'tr'].map((language, i) => ({ language, items: 300 - i })).concat([{ language: 'unknown', items: 5 }]),
  groups: [],
  perPlatform: [],
  newDomains: [{ domain: 'own-site.example', items: 12, firstSeen: new Date() }],
  itemsOverTime: [],
};

const platforms: PlatformRow[] = [{ platformId: 1, name: '=HYPERLINK("http://evil")', domain: 'video.example', items: 10, referrals: 8, removed: 7, removalRate: 0.875, medianHoursToRemoval: 2.5 }];

describe('operation report', () => {
  const report = buildReport(op, figures, platforms, { total: 1000, removed: 840 }, new Date('2026-04-28T09:00:00Z'));

  it('states the press-release figures', () => {
    expect(report.headline).toBe('2068 items in 6 languages on 52 platforms; 84 % removed');
    expect(report.figures).toMatchObject({ items: 2068, languages: 6, platforms: 52, referrals: 1000, removed: 840, removalRate: 0.84, newDomains: 1 });
    expect(buildReport(op, { ...figures, items: 1, platforms: 1, languages: [{ language: 'en', items: 1 }] }, [], { total: 0, removed: 0 }, new Date()).headline).toBe('1 item in 1 language on 1 platform');
  });

  it('writes CSV that spreadsheets cannot run as formulas', () => {
    const csv = reportCsv(report).split('\r\n');
    expect(csv[0]).toBe('platform_id,platform,domain,items,referrals,removed,removal_rate,median_hours_to_removal');
    expect(csv[1]).toBe(`1,"'=HYPERLINK(""http://evil"")",video.example,10,8,7,0.875,2.50`);
  });

  it('renders a printable page with every string escaped', () => {
    const html = reportHtml(report);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script>');
    expect(html).toContain('@media print');
    expect(html).toContain('2068 items in 6 languages on 52 platforms; 84 % removed');
  });
});
