import { pino, type Logger } from 'pino';

/**
 * JSON lines on stdout. Redaction is a second line of defence: request logs never include
 * headers or bodies in the first place.
 */
export function createLogger(level = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino({
    level,
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers["x-session-token"]',
        'headers.authorization',
        'headers["x-session-token"]',
      ],
      censor: '[redacted]',
    },
  });
}
