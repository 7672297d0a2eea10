/**
 * The text a cashier sees for an error: title and next step from shared/error-codes.ts, plus the
 * facts in its details (when a card was last used, when a lock ends) in the store's locale.
 */
import type { Store } from '../../shared/backend-api.js';
import { ERROR_INFO, isErrorCode, type AppError } from '../../shared/error-codes.js';
import { dateTime, money } from './store-format.js';

export interface ErrorText {
  title: string;
  nextStep: string;
  facts: string[];
}

/** Detail keys the backend and host may send, and how each reads on screen. */
const DATE_FACTS: ReadonlyArray<readonly [key: string, label: string]> = [
  ['lastUsedAt', 'Last used'],
  ['lastActivityAt', 'Last used'],
  ['lockedUntil', 'Locked until'],
  ['until', 'Locked until'],
  ['retryAt', 'Locked until'],
  ['expiresAt', 'Expired on'],
];

export function errorText(error: AppError, store: Store | undefined): ErrorText {
  const info = isErrorCode(error.code) ? ERROR_INFO[error.code] : ERROR_INFO.internal_error;
  return { title: info.title, nextStep: info.nextStep, facts: errorFacts(error, store) };
}

function errorFacts(error: AppError, store: Store | undefined): string[] {
  const details = error.details ?? {};
  const facts: string[] = [];
  const seenLabels = new Set<string>();
  for (const [key, label] of DATE_FACTS) {
    const value = details[key];
    if (typeof value !== 'string' || seenLabels.has(label)) continue;
    seenLabels.add(label);
    facts.push(`${label}: ${dateTime(value, store)}`);
  }
  const balanceMinor = details.balanceMinor;
  if (typeof balanceMinor === 'number' && store !== undefined) {
    facts.push(`Balance: ${money(balanceMinor, store.currency, store)}`);
  }
  if (typeof details.cardRegion === 'string') facts.push(`Card region: ${details.cardRegion}`);
  if (typeof details.cardCurrency === 'string') facts.push(`Card currency: ${details.cardCurrency}`);
  const reason = details.reason;
  if (typeof reason === 'string' && reason !== '') facts.push(`Reason: ${reason}`);
  return facts;
}
