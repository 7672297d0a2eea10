/** Host plus browser server in one call: what the CLI, `npm start` and the end-to-end fixture run. */
import { createTerminalHost, type TerminalHost, type TerminalHostOptions } from '../host/handlers.js';
import { startBrowserServer } from './server.js';

export interface BrowserTerminalOptions extends TerminalHostOptions {
  staticDir: string;
  port: number;
}

export interface BrowserTerminal {
  host: TerminalHost;
  url: string;
  port: number;
  /** A fresh single-use launch address each time it is read (electron/browser/launch-gate.ts). */
  readonly launchUrl: string;
  close(): Promise<void>;
}

export async function startBrowserTerminal(options: BrowserTerminalOptions): Promise<BrowserTerminal> {
  const { staticDir, port, ...hostOptions } = options;
  const host = await createTerminalHost(hostOptions);
  try {
    const server = await startBrowserServer({ host, staticDir, port, bindHost: '127.0.0.1' });
    host.logger.info({ url: server.url }, 'browser-mode terminal listening');
    return {
      host,
      url: server.url,
      port: server.port,
      get launchUrl() {
        return server.newLaunchUrl();
      },
      async close() {
        await server.close();
        await host.close();
      },
    };
  } catch (error) {
    await host.close();
    throw error;
  }
}
