/** Which printer settings an environment variable decides; those win over config.json. */
import type { OverridableSetting } from '../../../shared/settings.js';
import { autoPrintSchema, parsePrinterUrl } from '../printing/printer-settings.js';
import { RECEIPT_COLUMNS } from '../../../shared/receipt/printer-profiles.js';

export function printerEnvironmentOverrides(env: Record<string, string | undefined>): OverridableSetting[] {
  const overridden: OverridableSetting[] = [];
  const printerUrl = env.TILLCARD_PRINTER?.trim();
  if (printerUrl && parsePrinterUrl(printerUrl) !== null) overridden.push('target');
  if (RECEIPT_COLUMNS.some((columns) => columns === Number(env.TILLCARD_PRINTER_COLUMNS))) overridden.push('columns');
  if (autoPrintSchema.safeParse(env.TILLCARD_AUTO_PRINT).success) overridden.push('autoPrint');
  if (env.TILLCARD_RECEIPT_FOOTER !== undefined) overridden.push('footer');
  return overridden;
}
