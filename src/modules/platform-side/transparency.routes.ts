// GET /platform/transparency-report: the TCO Art. 7(3) figures of one platform for one period, as
// JSON, CSV (one figure a row) or a printable HTML page.
import { z } from 'zod';
import { authenticated, contextOf, SECURED } from '../../http/auth.ts';
import { AppError } from '../../core/errors/app-error.ts';
import { errorResponseSchema, type App } from '../../http/types.ts';
import { reportPeriod, transparencyCsv, transparencyHtml } from './transparency-report.ts';
import type { TransparencyService } from './transparency.service.ts';

const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema };
const dateOrTime = z.union([z.iso.date(), z.iso.datetime({ offset: true })]);

export function registerTransparencyRoutes(app: App, service: TransparencyService): void {
  app.get(
    '/platform/transparency-report',
    {
      onRequest: authenticated('reports:read'),
      schema: {
        tags: ['platform'],
        summary: "A platform's TCO Art. 7(3) transparency report for a period, as JSON, CSV or a printable HTML page (the operating organisation sees all; an authority or NGO only its own referrals)",
        security: SECURED,
        querystring: z.object({
          platformId: z.coerce.number().int().positive(),
          from: dateOrTime.describe('Start: a date (its start, UTC) or a date-time'),
          to: dateOrTime.describe('End: a date (included whole) or a date-time (excluded)'),
          format: z.enum(['json', 'csv', 'html']).default('json'),
        }),
        response: { 200: z.unknown().describe('JSON report, text/csv or text/html'), ...errors },
      },
    },
    async (request, reply) => {
      const q = request.query;
      const period = reportPeriod(q.from, q.to);
      if (!period) throw new AppError('VALIDATION_FAILED', 'The period must end after it starts.');
      const report = await service.report(contextOf(request), { platformId: q.platformId, ...period });
      const name = `transparency-${report.platform.id}-${report.period.from.slice(0, 10)}-${report.period.to.slice(0, 10)}`;
      if (q.format === 'csv') return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${name}.csv"`).send(transparencyCsv(report));
      if (q.format === 'html') return reply.type('text/html; charset=utf-8').send(transparencyHtml(report));
      return report;
    },
  );
}
