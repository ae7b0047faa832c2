// The one way the UI talks to Vigil: the public HTTP API, typed by schema.d.ts (generated from the
// OpenAPI document). Cookie sessions; every change carries the session's CSRF token.
import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './schema';

export type { paths };

let csrfToken: string | null = null;
const unauthorisedListeners = new Set<() => void>();

/** Set after sign-in and on every session read; cleared on sign-out. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called when the API answers 401 (session idled out or revoked). */
export function onUnauthorised(listener: () => void): () => void {
  unauthorisedListeners.add(listener);
  return () => unauthorisedListeners.delete(listener);
}

const session: Middleware = {
  onRequest({ request }) {
    if (request.method !== 'GET' && request.method !== 'HEAD' && csrfToken) request.headers.set('x-csrf-token', csrfToken);
    return request;
  },
  onResponse({ request, response }) {
    if (response.status === 401 && !new URL(request.url).pathname.startsWith('/auth/login')) {
      for (const listener of unauthorisedListeners) listener();
    }
    return response;
  },
};

export const api = createClient<paths>({ baseUrl: window.location.origin, credentials: 'same-origin' });
api.use(session);

/** The API's error body (see docs/errors.md). */
export interface ApiError {
  error: { code: string; message: string; details?: unknown };
}

/** A readable message for an error body or a thrown value. */
export function errorMessage(error: unknown): string {
  if (error && typeof error === 'object' && 'error' in error) {
    const e = (error as ApiError).error;
    if (e && typeof e.message === 'string') return `${e.message} (${e.code})`;
  }
  if (error instanceof Error) return error.message;
  return 'Something went wrong';
}

/** Unwraps an openapi-fetch result: the data, or throws the API's error body. */
export async function unwrap<T>(result: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await result;
  if (error !== undefined || !response.ok) throw new ApiRequestError(response.status, error);
  return data as T;
}

export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
  ) {
    super(errorMessage(body));
    this.name = 'ApiRequestError';
  }

  get code(): string | undefined {
    return (this.body as ApiError | undefined)?.error?.code;
  }
}
