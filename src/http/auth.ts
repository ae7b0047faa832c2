// Authentication for every request, in one place: a bearer API key or the session cookie becomes
// request.actor. Routes opt in with `authenticated(permission)`, which answers 401 for no or bad
// credentials, 403 for a missing permission, and enforces CSRF for cookie-authenticated changes.
import fastifyCookie from '@fastify/cookie';
import type { FastifyReply, FastifyRequest, onRequestAsyncHookHandler } from 'fastify';
import type { Permission } from '../core/auth/permissions.ts';
import { requirePermission, type Principal, type RequestContext } from '../core/auth/principal.ts';
import type { Config } from '../core/config/index.ts';
import { AppError } from '../core/errors/app-error.ts';
import type { AuthService } from '../modules/auth/auth.service.ts';
import type { App } from './types.ts';

export const SESSION_COOKIE = 'vigil_session';
export const CSRF_HEADER = 'x-csrf-token';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

declare module 'fastify' {
  interface FastifyRequest {
    actor: Principal | undefined;
    authMethod: 'session' | 'api_key' | undefined;
    sessionToken: string | undefined;
    authError: AppError | undefined;
  }
}

export async function registerAuthentication(app: App, auth: AuthService): Promise<void> {
  await app.register(fastifyCookie);
  app.decorateRequest('actor', undefined);
  app.decorateRequest('authMethod', undefined);
  app.decorateRequest('sessionToken', undefined);
  app.decorateRequest('authError', undefined);

  // Credentials are resolved for every request, but a bad one is only an error on routes that need
  // authentication: an expired cookie must not break /healthz or the sign-in page.
  app.addHook('onRequest', async (request) => {
    try {
      const header = request.headers.authorization;
      if (header !== undefined) {
        const match = /^Bearer\s+(\S+)$/i.exec(header);
        if (!match) throw new AppError('API_KEY_INVALID', 'The Authorization header must be "Bearer <API key>".');
        request.actor = (await auth.authenticateApiKey(match[1]!)).principal;
        request.authMethod = 'api_key';
        return;
      }
      const token = request.cookies[SESSION_COOKIE];
      if (token) {
        request.actor = (await auth.authenticateSession(token)).principal;
        request.authMethod = 'session';
        request.sessionToken = token;
      }
    } catch (error) {
      if (error instanceof AppError) request.authError = error;
      else throw error;
    }
  });

  app.decorate('authService', auth);
}

/**
 * onRequest hook for a route that needs a signed-in member or an API key, and optionally a
 * permission. It runs before the body is parsed or validated, so strangers learn nothing.
 */
export function authenticated(permission?: Permission, authService?: AuthService): onRequestAsyncHookHandler {
  return async function (this: unknown, request: FastifyRequest, _reply: FastifyReply) {
    if (!request.actor) throw request.authError ?? new AppError('UNAUTHENTICATED');
    if (request.authMethod === 'session' && !SAFE_METHODS.has(request.method)) {
      const presented = request.headers[CSRF_HEADER];
      if (typeof presented !== 'string' || presented.length === 0) throw new AppError('CSRF_TOKEN_MISSING');
      const service = authService ?? (request.server as unknown as { authService: AuthService }).authService;
      if (!service.csrfMatches(request.sessionToken!, presented)) throw new AppError('CSRF_TOKEN_INVALID');
    }
    if (permission) requirePermission(request.actor, permission);
  };
}

export function contextOf(request: FastifyRequest): RequestContext {
  if (!request.actor) throw new AppError('UNAUTHENTICATED');
  return { actor: request.actor, requestId: request.id };
}

export function sessionCookieOptions(config: Pick<Config, 'cookieSecure'>, expires: Date) {
  return { path: '/', httpOnly: true, sameSite: 'strict' as const, secure: config.cookieSecure, expires };
}

/** OpenAPI security requirement for authenticated routes. */
export const SECURED: Array<Record<string, string[]>> = [{ bearerAuth: [] }, { cookieAuth: [] }];
