// The one place where errors become HTTP responses. Domain errors (AppError) and media errors carry
// catalogue codes; Fastify's own request errors are translated to catalogue codes; anything else is
// logged with its stack and answered as a bare 500 that reveals nothing.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, isAppError } from '../core/errors/app-error.ts';
import { errorCatalogue, isErrorCode, type ErrorCode } from '../core/errors/catalogue.ts';

export interface ErrorBody {
  error: { code: ErrorCode; message: string; requestId: string; details?: unknown };
}

const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'MALFORMED_JSON',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'EMPTY_BODY',
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'VALIDATION_FAILED',
  FST_ERR_VALIDATION: 'VALIDATION_FAILED',
  FST_REQ_FILE_TOO_LARGE: 'MEDIA_TOO_LARGE',
  FST_FILES_LIMIT: 'VALIDATION_FAILED',
  FST_PARTS_LIMIT: 'VALIDATION_FAILED',
  FST_FIELDS_LIMIT: 'VALIDATION_FAILED',
  FST_INVALID_MULTIPART_CONTENT_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
};

/** Errors from outside Vigil that carry one of its codes (e.g. the signals library's SignalError). */
function codedError(error: unknown): { code: ErrorCode; message: string } | undefined {
  if (isAppError(error)) return { code: error.code, message: error.message };
  if (error instanceof Error && 'code' in error && isErrorCode(error.code) && error.name !== 'FastifyError') {
    return { code: error.code, message: error.message };
  }
  return undefined;
}

export function toErrorResponse(error: unknown, requestId: string): { status: number; body: ErrorBody; unexpected: boolean } {
  const coded = codedError(error);
  if (coded) {
    const details = isAppError(error) ? error.details : undefined;
    return {
      status: errorCatalogue[coded.code].status,
      body: { error: { code: coded.code, message: coded.message, requestId, ...(details ? { details } : {}) } },
      unexpected: false,
    };
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const details = error.validation.map((v) => ({ in: error.validationContext, path: v.instancePath || '/', message: v.message }));
    return respond('VALIDATION_FAILED', requestId, `Invalid ${error.validationContext ?? 'request'}: ${details.map((d) => `${d.path} ${d.message}`).join('; ')}`, details);
  }
  const fastifyCode = (error as Partial<FastifyError>).code;
  const mapped = fastifyCode ? FASTIFY_CODES[fastifyCode] : undefined;
  if (mapped) return respond(mapped, requestId, errorCatalogue[mapped].message);
  const status = (error as Partial<FastifyError>).statusCode;
  if (status === 429) return respond('RATE_LIMITED', requestId, errorCatalogue.RATE_LIMITED.message);
  if (status === 405) return respond('METHOD_NOT_ALLOWED', requestId, errorCatalogue.METHOD_NOT_ALLOWED.message);
  if (status !== undefined && status >= 400 && status < 500) {
    // A client error from a plugin without a catalogue mapping: keep the status class, generic code.
    return { ...respond('VALIDATION_FAILED', requestId, errorCatalogue.VALIDATION_FAILED.message), status };
  }
  return { ...respond('INTERNAL', requestId, errorCatalogue.INTERNAL.message), unexpected: true };
}

function respond(code: ErrorCode, requestId: string, message: string, details?: unknown) {
  return {
    status: errorCatalogue[code].status,
    body: { error: { code, message, requestId, ...(details ? { details } : {}) } } as ErrorBody,
    unexpected: false,
  };
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: unknown, request: FastifyRequest, reply: FastifyReply) => {
    const { status, body, unexpected } = toErrorResponse(error, request.id);
    if (unexpected) request.log.error({ err: error }, 'unhandled error');
    else if (status >= 500) request.log.error({ err: error, code: body.error.code }, 'request failed');
    else request.log.info({ code: body.error.code, status }, 'request rejected');
    return reply.status(status).type('application/json; charset=utf-8').send(body);
  });
  app.setNotFoundHandler((request, reply) => {
    const code: ErrorCode = 'ROUTE_NOT_FOUND';
    return reply.status(404).send({ error: { code, message: `No route for ${request.method} ${request.url.split('?')[0]}`, requestId: request.id } });
  });
}

export { AppError };
