/**
 * The customer-facing display: what the second screen may show the customer, and nothing more.
 * Every shape is strict, so a field the schema does not name (a full code, a token, a cashier's
 * name) is refused by the host rather than passed on. A card appears by its last four characters
 * at most.
 */
import { z } from 'zod';
import { amountMinorSchema, balanceMinorSchema, currencySchema } from './backend-api.js';
import { languageSchema } from './language.js';

/** The last four characters of a card code, and never more. */
export const customerLast4Schema = z.string().regex(/^[0-9A-Z]{4}$/);

const shown = {
  /** Null before a cashier has signed in: the terminal does not know its store yet. */
  storeName: z.string().max(120).nullable(),
  /** The store's locale, so amounts read as the customer's receipt shows them. */
  locale: z.string().min(2).max(35),
  /** The language the terminal speaks (Settings → Language): the display speaks it too. */
  language: languageSchema,
};

const cardShown = { ...shown, last4: customerLast4Schema.nullable(), currency: currencySchema };

export const customerViewSchema = z.discriminatedUnion('kind', [
  /** No customer at the counter: a welcome. */
  z.strictObject({ kind: z.literal('idle'), ...shown }),
  /** The cashier has the customer's card looked up. */
  z.strictObject({ kind: z.literal('balance'), ...cardShown, balanceMinor: balanceMinorSchema }),
  /** The cashier is confirming (or sending) a redemption of this amount. */
  z.strictObject({ kind: z.literal('confirm'), ...cardShown, amountMinor: amountMinorSchema }),
  /** Approved: what was taken, what remains, and what the customer still owes by another payment. */
  z.strictObject({
    kind: z.literal('approved'),
    ...cardShown,
    amountMinor: amountMinorSchema,
    balanceAfterMinor: balanceMinorSchema,
    stillDueMinor: amountMinorSchema.nullable(),
  }),
  /**
   * declined: the card cannot pay here; wait: the terminal is still finding out whether the
   * payment went through (never shown as a decline).
   */
  z.strictObject({ kind: z.literal('notice'), ...shown, notice: z.enum(['declined', 'wait']) }),
]);
export type CustomerView = z.infer<typeof customerViewSchema>;
export type CustomerNotice = Extract<CustomerView, { kind: 'notice' }>['notice'];

/** The renderer's route for the customer display: `#/customer`. */
export const CUSTOMER_DISPLAY_ROUTE = '/customer';

/**
 * The customer display's address for a terminal address. A browser-mode launch address
 * (`…/launch?token=…`) gets `&to=customer`, so spending the token leads to the customer display;
 * any other keeps its fragment next to the route.
 */
export function customerDisplayUrl(terminalUrl: string): string {
  if (/\/launch\?/.test(terminalUrl) && !terminalUrl.includes('#')) return `${terminalUrl}&to=customer`;
  const hashAt = terminalUrl.indexOf('#');
  const base = hashAt < 0 ? terminalUrl : terminalUrl.slice(0, hashAt);
  const fragment = hashAt < 0 ? '' : terminalUrl.slice(hashAt + 1);
  return `${base}#${CUSTOMER_DISPLAY_ROUTE}${fragment === '' ? '' : `&${fragment}`}`;
}

/** True when a page's fragment asks for the customer display. */
export function isCustomerDisplayRoute(hash: string): boolean {
  return hash
    .replace(/^#/, '')
    .split('&')
    .some((part) => part === CUSTOMER_DISPLAY_ROUTE);
}
