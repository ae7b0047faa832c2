// GET/PUT /me/preferences: the signed-in member's wellbeing settings for the web UI.
import { z } from 'zod';
import { authenticated, contextOf, SECURED } from '../../http/auth.ts';
import { errorResponseSchema, type App } from '../../http/types.ts';
import type { PreferencesService } from './preferences.service.ts';

const preferencesSchema = z.object({
  mediaBlurPx: z.number().int().min(0).max(64).describe('Blur radius for media until revealed, 0–64 px'),
  greyscale: z.boolean().describe('Show media in greyscale'),
});
const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema };

export function registerPreferencesRoutes(app: App, preferences: PreferencesService): void {
  app.get(
    '/me/preferences',
    { onRequest: authenticated(), schema: { tags: ['members'], summary: "The signed-in member's wellbeing preferences (media blur, greyscale)", security: SECURED, response: { 200: preferencesSchema, ...errors } } },
    async (request) => preferences.get(contextOf(request)),
  );
  app.put(
    '/me/preferences',
    { onRequest: authenticated(), schema: { tags: ['members'], summary: "Change the signed-in member's wellbeing preferences", security: SECURED, body: preferencesSchema, response: { 200: preferencesSchema, ...errors } } },
    async (request) => preferences.set(contextOf(request), request.body),
  );
}
