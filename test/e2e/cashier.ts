/**
 * Steps a cashier takes, shared by the end-to-end specs: sign in, enter a code, read a fact, pick
 * demo cards by what they are. Everything is found by role and accessible name.
 */
import { expect, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { randomInt } from 'node:crypto';
import { codeFromRandom, KEYBOARD_LAYOUT_PAIRS, lookAlikeSuggestions } from '../../shared/claim-code.js';
import { currencyDigits, formatMoney, minorToDecimalString } from '../../shared/money.js';

export interface DemoCard {
  code: string;
  status: string;
  region: string;
  currency: string;
  balanceMinor: number;
}

export interface DemoData {
  store: { region?: string; currency?: string; locale?: string };
  cashier: { id: string; pin: string };
  manager: { id: string; pin: string };
  cards: DemoCard[];
}

export const SCREENSHOT_DIR = 'test-results/screenshots';

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOT_DIR}/${name}.png`, fullPage: true });
}

/** The words of the sign-in form. */
export interface SignInLabels {
  id: string;
  submit: string;
}

export const ENGLISH_SIGN_IN: SignInLabels = { id: 'Cashier ID', submit: 'Sign in' };

/** The words of the code entry at the counter. */
export interface CounterLabels {
  field: string;
  nextCustomer: string;
}

export const ENGLISH_COUNTER: CounterLabels = { field: 'Card code', nextCustomer: 'Next customer' };

/** Signs a staff member in from the sign-in form, in whichever language it speaks. */
export async function signInAs(
  page: Page,
  who: { id: string; pin: string },
  labels: SignInLabels = ENGLISH_SIGN_IN,
): Promise<void> {
  await page.getByRole('textbox', { name: labels.id }).fill(who.id);
  await page.getByLabel('PIN', { exact: true }).fill(who.pin);
  await page.getByRole('button', { name: labels.submit }).click();
}

export async function signIn(page: Page, demo: DemoData): Promise<void> {
  await signInAs(page, demo.cashier);
  await expect(page.getByRole('heading', { name: 'Redeem gift card' })).toBeVisible();
}

export async function enterCode(page: Page, code: string, labels: CounterLabels = ENGLISH_COUNTER): Promise<void> {
  const field = page.getByRole('textbox', { name: labels.field });
  await field.fill(code);
  await field.press('Enter');
}

/** Next customer, and the code field is ready for the next card. */
export async function nextCustomer(page: Page, labels: CounterLabels = ENGLISH_COUNTER): Promise<void> {
  await page.getByRole('button', { name: labels.nextCustomer }).click();
  await expect(page.getByRole('textbox', { name: labels.field })).toBeFocused();
}

/** An amount as a cashier types it in the store's currency (10.00 for 1000). */
export function amountText(demo: DemoData, amountMinor: number): string {
  return minorToDecimalString(amountMinor, currencyDigits(homeCurrency(demo)));
}

/** A demo card for each decline a counter meets, by the name its screenshot takes. */
export function declinedDemoCards(demo: DemoData): [name: string, card: DemoCard][] {
  const picks: [string, (card: DemoCard) => boolean][] = [
    ['used-up', (card) => card.status === 'active' && card.balanceMinor === 0 && card.region === homeRegion(demo)],
    ['not-activated', (card) => card.status === 'inactive'],
    ['frozen', (card) => card.status === 'frozen'],
    ['other-region', (card) => card.status === 'active' && card.region !== homeRegion(demo)],
  ];
  return picks.map(([name, pick]) => [name, demoCard(demo, name, pick)]);
}

/** The value shown next to `term` in the fact list labelled `listLabel`. */
export function fact(page: Page, listLabel: string, term: string) {
  return page
    .getByRole('group', { name: listLabel, exact: true })
    .locator('dt', { hasText: new RegExp(`^${term}$`) })
    .locator('xpath=following-sibling::dd[1]');
}

export function homeRegion(demo: DemoData): string {
  return demo.store.region ?? 'US';
}

export function homeCurrency(demo: DemoData): string {
  return demo.store.currency ?? 'USD';
}

export function money(demo: DemoData, amountMinor: number): string {
  return formatMoney(amountMinor, homeCurrency(demo), demo.store.locale ?? 'en-US');
}

/** Demo cards a cashier can take money from in the demo store. */
export function redeemableCards(demo: DemoData): DemoCard[] {
  return demo.cards.filter(
    (card) =>
      card.status === 'active' &&
      card.balanceMinor > 0 &&
      card.region === homeRegion(demo) &&
      card.currency === homeCurrency(demo) &&
      card.code.replace(/-/g, '').length === 15,
  );
}

export function redeemableCard(demo: DemoData, index = 0): DemoCard {
  const card = redeemableCards(demo)[index];
  if (card === undefined) throw new Error(`the demo data has fewer than ${index + 1} redeemable cards`);
  return card;
}

export function demoCard(demo: DemoData, what: string, matches: (card: DemoCard) => boolean): DemoCard {
  const card = demo.cards.find(matches);
  if (card === undefined) throw new Error(`the demo data has no ${what} card`);
  return card;
}

/** A code that passes the check but belongs to no card. */
export function unknownCode(): string {
  return codeFromRandom(Array.from({ length: 14 }, () => randomInt(32)));
}

const LOOK_ALIKE: Record<string, string> = { S: '5', '5': 'S', B: '8', '8': 'B', Z: '2', '2': 'Z', G: '6', '6': 'G' };

/** A demo card's code with one look-alike swapped such that the real code is the only fix. */
export function mistypedDemoCode(demo: DemoData): { card: DemoCard; wrong: string } {
  for (const card of redeemableCards(demo)) {
    const code = card.code.replace(/-/g, '');
    for (let index = 0; index < code.length - 1; index++) {
      const swap = LOOK_ALIKE[code[index] ?? ''];
      if (swap === undefined) continue;
      const wrong = code.slice(0, index) + swap + code.slice(index + 1);
      const fixes = lookAlikeSuggestions(wrong);
      if (fixes.length === 1 && fixes[0] === code) return { card, wrong };
    }
  }
  throw new Error('no demo card code has a single look-alike mistype');
}

/** A demo card's code with one keyboard-layout slip (QWERTZ Y↔Z, AZERTY A↔Q, W↔Z) whose only fix is the real code. */
export function layoutSlippedDemoCode(demo: DemoData): { card: DemoCard; wrong: string } {
  const pairs = Object.values<ReadonlyArray<readonly [string, string]>>(KEYBOARD_LAYOUT_PAIRS).flat();
  for (const card of redeemableCards(demo)) {
    const code = card.code.replace(/-/g, '');
    for (let index = 0; index < code.length; index++) {
      for (const [a, b] of pairs) {
        const ch = code[index];
        const swap = ch === a ? b : ch === b ? a : undefined;
        if (swap === undefined) continue;
        const wrong = code.slice(0, index) + swap + code.slice(index + 1);
        const fixes = lookAlikeSuggestions(wrong);
        if (fixes.length === 1 && fixes[0] === code) return { card, wrong };
      }
    }
  }
  throw new Error('no demo card code has a single keyboard-layout slip');
}
