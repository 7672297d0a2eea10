import type { RedeemRequest, Store } from '../../shared/backend-api.js';
import type { ErrorCode } from '../../shared/error-codes.js';
import { ApiError, type ErrorDetails } from '../http/api-error.js';
import type { CardRow } from './card.repository.js';

/**
 * The card rules, written once as data. TypeScript evaluates them on a card row (lookup, and the
 * decline of a redemption), and PostgreSQL's one-statement redemption gets the same rules as one
 * SQL condition (`cardRulesSql`), so the two cannot disagree about which card may pay.
 */

/** What a rule compares a card column with, known before the card is read. */
export interface RuleInputs {
  nowIso: string;
  storeRegion: string;
  storeCurrency: string;
  /** Null on a lookup (no request yet). */
  requestCurrency: string | null;
  /** Null: the full balance (or a lookup). */
  amountMinor: number | null;
}

type RuleColumn = 'status' | 'expires_at' | 'region' | 'currency' | 'balance_minor';

interface CardRule {
  code: ErrorCode;
  message: string;
  /** The rule holds when `column op than`, or when the side named by `orNull` is null. */
  column: RuleColumn;
  op: '=' | '<>' | '>' | '>=';
  than: { input: keyof RuleInputs } | { value: string | number };
  orNull?: 'column' | 'input';
  details: (card: CardRow, inputs: RuleInputs) => ErrorDetails;
}

/** Why a card cannot be redeemed in this store right now, in the order a cashier is told. */
const CARD_RULES: readonly CardRule[] = [
  {
    code: 'card_not_active',
    message: 'card is not activated',
    column: 'status',
    op: '<>',
    than: { value: 'inactive' },
    details: (card) => ({ last4: card.last4 }),
  },
  {
    code: 'card_frozen',
    message: 'card is frozen',
    column: 'status',
    op: '<>',
    than: { value: 'frozen' },
    details: (card) => ({ last4: card.last4, reason: card.frozen_reason }),
  },
  {
    code: 'card_closed',
    message: 'card is closed',
    column: 'status',
    op: '<>',
    than: { value: 'closed' },
    details: (card) => ({ last4: card.last4 }),
  },
  {
    code: 'card_expired',
    message: 'card has expired',
    column: 'expires_at',
    op: '>',
    than: { input: 'nowIso' },
    orNull: 'column',
    details: (card) => ({ last4: card.last4, expiresAt: card.expires_at }),
  },
  {
    code: 'region_mismatch',
    message: 'card belongs to another region',
    column: 'region',
    op: '=',
    than: { input: 'storeRegion' },
    details: (card, inputs) => ({ last4: card.last4, cardRegion: card.region, storeRegion: inputs.storeRegion }),
  },
  {
    code: 'currency_mismatch',
    message: 'card is in another currency',
    column: 'currency',
    op: '=',
    than: { input: 'storeCurrency' },
    details: (card, inputs) => ({
      last4: card.last4,
      cardCurrency: card.currency,
      storeCurrency: inputs.storeCurrency,
    }),
  },
  {
    code: 'card_empty',
    message: 'card has no balance left',
    column: 'balance_minor',
    op: '>',
    than: { value: 0 },
    details: (card) => ({ last4: card.last4, lastActivityAt: card.last_activity_at }),
  },
];

/** What a redemption request adds to the card rules: its currency, then its amount. */
const REQUEST_RULES: readonly CardRule[] = [
  {
    code: 'currency_mismatch',
    message: 'request currency differs from the card currency',
    column: 'currency',
    op: '=',
    than: { input: 'requestCurrency' },
    details: (card, inputs) => ({
      last4: card.last4,
      cardCurrency: card.currency,
      requestCurrency: inputs.requestCurrency,
    }),
  },
  {
    code: 'insufficient_funds',
    message: 'amount is more than the card balance',
    column: 'balance_minor',
    op: '>=',
    than: { input: 'amountMinor' },
    orNull: 'input',
    details: (card) => ({ last4: card.last4, balanceMinor: card.balance_minor }),
  },
];

export const REDEEM_RULES: readonly CardRule[] = [...CARD_RULES, ...REQUEST_RULES];

function holds(rule: CardRule, card: CardRow, inputs: RuleInputs): boolean {
  const left = card[rule.column];
  const right = 'input' in rule.than ? inputs[rule.than.input] : rule.than.value;
  if (rule.orNull === 'column' && left === null) return true;
  if (rule.orNull === 'input' && right === null) return true;
  if (left === null || right === null) return false;
  switch (rule.op) {
    case '=':
      return left === right;
    case '<>':
      return left !== right;
    case '>':
      return left > right;
    case '>=':
      return left >= right;
  }
}

function firstBroken(rules: readonly CardRule[], card: CardRow, inputs: RuleInputs): ApiError | null {
  const broken = rules.find((rule) => !holds(rule, card, inputs));
  return broken === undefined ? null : new ApiError(broken.code, broken.message, broken.details(card, inputs));
}

function storeInputs(store: Store, now: Date): RuleInputs {
  return {
    nowIso: now.toISOString(),
    storeRegion: store.region,
    storeCurrency: store.currency,
    requestCurrency: null,
    amountMinor: null,
  };
}

/**
 * Why a card cannot be redeemed in this store right now, or null when it can. Lookup answers
 * these as errors with details, so the terminal can say "already used up (last used on …)"
 * without a second call; the card's last 4 characters come with every one.
 */
export function cardDecline(card: CardRow, store: Store, now: Date): ApiError | null {
  return firstBroken(CARD_RULES, card, storeInputs(store, now));
}

/** Why this card cannot pay this request here (the card rules, then currency, then amount), or null. */
export function redeemDecline(card: CardRow, store: Store, request: RedeemRequest, now: Date): ApiError | null {
  const inputs = {
    ...storeInputs(store, now),
    requestCurrency: request.currency,
    amountMinor: request.amountMinor ?? null,
  };
  return firstBroken(REDEEM_RULES, card, inputs);
}

/**
 * Every redeem rule as one SQL condition on the card row `alias`, with each input bound to the
 * placeholder the statement gives it (e.g. `{ nowIso: '$19::text', … }`).
 */
export function redeemRulesSql(alias: string, placeholders: Record<keyof RuleInputs, string>): string {
  return REDEEM_RULES.map((rule) => {
    const column = `${alias}.${rule.column}`;
    const than = 'input' in rule.than ? placeholders[rule.than.input] : sqlLiteral(rule.than.value);
    const comparison = `${column} ${rule.op} ${than}`;
    if (rule.orNull === 'column') return `(${column} is null or ${comparison})`;
    if (rule.orNull === 'input') return `(${than} is null or ${comparison})`;
    return `(${comparison})`;
  }).join(' and ');
}

function sqlLiteral(value: string | number): string {
  if (typeof value === 'number') return String(Math.trunc(value));
  if (!/^[a-z_]+$/.test(value)) throw new Error(`not a plain rule value: ${value}`);
  return `'${value}'`;
}
