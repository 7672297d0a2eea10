/** Whether the terminal opens a customer display: TILLCARD_CUSTOMER_DISPLAY wins over config.json. */

const YES = new Set(['1', 'true', 'yes', 'on']);
const NO = new Set(['0', 'false', 'no', 'off']);

export function customerDisplayWanted(envValue: string | undefined, fileValue: boolean | undefined): boolean {
  const text = envValue?.trim().toLowerCase() ?? '';
  if (YES.has(text)) return true;
  if (NO.has(text)) return false;
  return fileValue ?? false;
}
