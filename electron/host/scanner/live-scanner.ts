/**
 * The host's serial scanner, reopened from the saved settings without a restart: reload() reads
 * config.json and the environment again, closes the port it had and opens the one now named.
 */
import { loadTerminalConfig, type TerminalEnv } from '../config.js';
import { startHostScanner, type HostScanner, type HostScannerOptions } from './host-scanner.js';

export interface LiveScanner extends HostScanner {
  reload(): Promise<void>;
}

export function createLiveScanner(
  options: HostScannerOptions & { terminalDir: string; env: TerminalEnv },
): LiveScanner {
  let current = startHostScanner(options);
  // One reload at a time: two quick saves must not leave two scanners open on one port.
  let reloading = Promise.resolve();
  return {
    get state() {
      return current.state;
    },
    close: () => reloading.catch(() => undefined).then(() => current.close()),
    reload() {
      // A reload that failed must not stop the next one, nor close().
      reloading = reloading
        .catch(() => undefined)
        .then(async () => {
          const { scanner: settings } = await loadTerminalConfig(options.terminalDir, options.env);
          await current.close();
          current = startHostScanner({ ...options, settings });
          // A scanner that is now "not configured" says so at once; an opened one reports as it connects.
          options.onStateChange();
        });
      return reloading;
    },
  };
}
