/**
 * The text a cashier sees for an error: title and next step in the cashier's language (the English
 * comes from shared/error-codes.ts), plus the facts in its details (when a card was last used,
 * when a lock or a wait ends, tries left before a wait) in the store's locale.
 */
import type { Store } from '../../shared/backend-api.js';
import { isErrorCode, type AppError } from '../../shared/error-codes.js';
import { t } from '../i18n/index.js';
import { currencyInWords, dateTime, money, regionInWords } from './store-format.js';

export interface ErrorText {
  title: string;
  nextStep: string;
  facts: string[];
}

type DateFact = 'lastUsed' | 'lockedUntil' | 'waitUntil' | 'expiredOn';

/** Detail keys the backend and host may send, and how each reads on screen. */
const DATE_FACTS: ReadonlyArray<readonly [key: string, fact: DateFact]> = [
  ['lastUsedAt', 'lastUsed'],
  ['lastActivityAt', 'lastUsed'],
  ['lockedUntil', 'lockedUntil'],
  ['until', 'lockedUntil'],
  ['retryAt', 'waitUntil'],
  ['expiresAt', 'expiredOn'],
];

export function errorText(error: AppError, store: Store | undefined): ErrorText {
  const code = isErrorCode(error.code) ? error.code : 'internal_error';
  return {
    title: t(`errors.${code}.title`),
    nextStep: t(`errors.${code}.nextStep`),
    facts: errorFacts(error, store),
  };
}

function errorFacts(error: AppError, store: Store | undefined): string[] {
  const details = error.details ?? {};
  const facts: string[] = [];
  const seen = new Set<DateFact>();
  for (const [key, fact] of DATE_FACTS) {
    const value = details[key];
    if (typeof value !== 'string' || seen.has(fact)) continue;
    seen.add(fact);
    facts.push(t(`errorFacts.${fact}`, { date: dateTime(value, store) }));
  }
  const tries = details.triesBeforeWait;
  if (typeof tries === 'number') facts.push(t('errorFacts.triesBeforeWait', { count: tries }));
  const balanceMinor = details.balanceMinor;
  if (typeof balanceMinor === 'number' && store !== undefined) {
    facts.push(t('errorFacts.balance', { amount: money(balanceMinor, store.currency, store) }));
  }
  // A card from elsewhere: where it is from and what it holds, in words, beside what this store takes.
  if (typeof details.cardRegion === 'string')
    facts.push(t('errorFacts.cardRegion', { region: regionInWords(details.cardRegion, store) }));
  if (typeof details.cardCurrency === 'string')
    facts.push(t('errorFacts.cardCurrency', { currency: currencyInWords(details.cardCurrency, store) }));
  if ((error.code === 'region_mismatch' || error.code === 'currency_mismatch') && store !== undefined) {
    const region = regionInWords(store.region, store);
    facts.push(t('errorFacts.storeTakes', { region, currency: currencyInWords(store.currency, store) }));
  }
  // The limits an amount must keep to (the store's minimum and maximum for cards).
  const { minMinor, maxMinor } = details;
  if (typeof minMinor === 'number' && typeof maxMinor === 'number' && store !== undefined) {
    const [min, max] = [money(minMinor, store.currency, store), money(maxMinor, store.currency, store)];
    facts.push(t('errorFacts.allowedRange', { min, max }));
  }
  const reason = details.reason;
  if (typeof reason === 'string' && reason !== '') facts.push(t('errorFacts.reason', { reason }));
  return facts;
}
