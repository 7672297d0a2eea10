import { fail } from '../../../shared/terminal-api.js';
import type { BackendClient } from '../backend-client.js';

/**
 * A BackendClient that always calls through the client in use now. The recovery keeps the
 * client it was given for the life of the host; this way a terminal paired (or re-paired) while
 * running settles lost answers with its current key, and one with no key says so.
 */
export function followingClient(current: () => BackendClient | null): BackendClient {
  return new Proxy({} as BackendClient, {
    get(_target, name) {
      return (...args: unknown[]) => {
        const client = current();
        if (client === null) {
          return Promise.resolve(fail({ code: 'terminal_not_configured', message: 'the terminal has no key' }));
        }
        const method = client[name as keyof BackendClient] as (...a: unknown[]) => unknown;
        return method(...args);
      };
    },
  });
}
