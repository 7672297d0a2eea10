import { destination as pinoDestination, pino, type Logger } from 'pino';

export interface BackendLogger {
  logger: Logger;
  /** Writes out every line still buffered; synchronous, so it also works in an 'exit' handler. */
  flush(): void;
}

/**
 * JSON lines on stdout, written asynchronously: a request never waits for its log line to reach
 * the pipe or file (a synchronous write blocked the event loop for every request). Lines that pile
 * up while a write is in flight go out together in the next one. flush() empties the buffer; the
 * backend calls it on shutdown and on exit, so a clean stop loses no line.
 * Redaction is a second line of defence: request logs never include headers or bodies in the
 * first place.
 */
export function createLogger(level = process.env.LOG_LEVEL ?? 'info'): BackendLogger {
  const destination = pinoDestination({ dest: 1, sync: false });
  const logger = pino(
    {
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
    },
    destination,
  );
  const flush = (): void => {
    try {
      destination.flushSync();
    } catch {
      // Nothing to flush yet (the stream is still opening) or stdout is gone: nothing to save.
    }
  };
  return { logger, flush };
}
