import type { FastifyError, FastifyInstance } from 'fastify';
import { ApiError } from './api-error.js';

/**
 * Every failure leaves as {error:{code,message,details?}}. Unknown errors become internal_error
 * with a fixed message: no stack trace, SQL or input ever reaches the client.
 */
export function installErrorHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | ApiError, request, reply) => {
    const apiError = toApiError(error);
    if (apiError.code === 'internal_error') {
      // The message and stack of unknown errors go to the log only; they never hold request bodies.
      request.log.error({ err: error }, 'request failed');
    }
    // A wait (429) says when to come back, as HTTP clients expect.
    const retryAfter = apiError.details?.retryAfterSeconds;
    if (typeof retryAfter === 'number') void reply.header('retry-after', String(retryAfter));
    return reply.code(apiError.statusCode).send(apiError.toBody());
  });
  app.setNotFoundHandler((request, reply) => {
    const apiError = new ApiError('not_found', `no route ${request.method} ${request.url.split('?')[0]}`);
    return reply.code(apiError.statusCode).send(apiError.toBody());
  });
}

function toApiError(error: FastifyError | ApiError): ApiError {
  if (error instanceof ApiError) return error;
  if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE' || error.statusCode === 413) {
    return new ApiError('body_too_large', 'request body is too large');
  }
  if (error instanceof SyntaxError || error.code === 'FST_ERR_CTP_INVALID_JSON_BODY') {
    return new ApiError('bad_request', 'request body is not valid JSON');
  }
  if (error.code?.startsWith('FST_ERR_CTP') || error.code === 'FST_ERR_VALIDATION') {
    return new ApiError('bad_request', 'request body or content type not accepted');
  }
  const status = error.statusCode ?? 500;
  if (status >= 400 && status < 500) return new ApiError('bad_request', 'request not understood');
  return new ApiError('internal_error', 'internal error');
}
