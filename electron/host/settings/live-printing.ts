/**
 * Printing that can be rebuilt from new settings without restarting the terminal. The methods and
 * helpers handed out here always reach the printing built last, so a saved printer takes effect
 * on the very next print.
 */
import type { PrintingMethods } from '../printing/printing-methods.js';
import { createHostPrinting, type HostPrinting } from '../printing/printing-methods.js';

type PrintingOptions = Parameters<typeof createHostPrinting>[0];

export interface LivePrinting {
  /** Always the current printing; read its fields at the moment of use, not once. */
  printing: HostPrinting;
  /** Reads the settings again (config.json, then the environment) and swaps the printing in. */
  reload(): Promise<void>;
}

export async function createLivePrinting(options: PrintingOptions): Promise<LivePrinting> {
  let current = await createHostPrinting(options);
  const methods = Object.fromEntries(
    Object.keys(current.methods).map((name) => [
      name,
      (input: never) => (current.methods[name as keyof PrintingMethods] as (value: never) => unknown)(input),
    ]),
  ) as unknown as PrintingMethods;
  const printing = new Proxy({} as HostPrinting, {
    get: (_target, key) => (key === 'methods' ? methods : current[key as keyof HostPrinting]),
  });
  return {
    printing,
    async reload() {
      current = await createHostPrinting(options);
      // The status bar and print controls learn the new printer at once.
      options.onStatus(current.service.status());
    },
  };
}
