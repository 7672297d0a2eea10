import type { FastifyInstance } from 'fastify';

/**
 * One log line per request: method, url, status and duration. Headers and bodies are never
 * logged (they carry terminal keys, session tokens, card codes and PINs).
 */
export function installRequestLog(app: FastifyInstance): void {
  app.addHook('onResponse', async (request, reply) => {
    request.log.info(
      {
        method: request.method,
        url: request.url,
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime * 10) / 10,
      },
      'request',
    );
  });
}
