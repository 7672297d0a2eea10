/**
 * Every error code the backend or the terminal can report, its HTTP status, and the one
 * cashier-facing message with the next step. Screens and receipts take their text from here.
 */

export const ERROR_CODES = [
  // Request shape
  'bad_request',
  'body_too_large',
  'amount_invalid',
  'code_malformed',
  'not_found',
  // Cards
  'card_not_found',
  'card_not_active',
  'card_frozen',
  'card_closed',
  'card_expired',
  'card_empty',
  'insufficient_funds',
  'region_mismatch',
  'currency_mismatch',
  'entry_delayed',
  // Exactly once
  'idempotency_conflict',
  'key_reversed',
  // Who may do what
  'unauthorized',
  'session_expired',
  'forbidden',
  'manager_approval_required',
  'pin_wrong',
  'signin_delayed',
  'manager_pin_wrong',
  'approval_delayed',
  'no_open_shift',
  'shift_closed',
  'already_voided',
  'void_not_allowed',
  'transfer_invalid',
  // Selling, loading and refunding to cards
  'card_already_active',
  'card_not_in_stock',
  'reload_not_allowed',
  'amount_out_of_range',
  // Pairing a new terminal
  'pairing_code_invalid',
  'pairing_code_expired',
  'pairing_code_used',
  'pairing_locked',
  // Terminal side
  'backend_unreachable',
  'outcome_unknown',
  'not_charged',
  'terminal_not_configured',
  'internal_error',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ErrorInfo {
  /** HTTP status the backend answers with. */
  status: number;
  /** Short headline for the screen. */
  title: string;
  /** What happened and what the cashier does next. */
  nextStep: string;
}

export const ERROR_INFO: Record<ErrorCode, ErrorInfo> = {
  bad_request: {
    status: 400,
    title: 'Request not understood',
    nextStep: 'Try again. If it keeps happening, restart the terminal.',
  },
  body_too_large: {
    status: 413,
    title: 'Request too large',
    nextStep: 'Try again. If it keeps happening, restart the terminal.',
  },
  amount_invalid: {
    status: 400,
    title: 'Amount not valid',
    nextStep: 'Enter an amount above zero, in the card’s currency.',
  },
  code_malformed: {
    status: 400,
    title: 'Not a valid card code',
    nextStep: 'Check the code on the card and enter it again.',
  },
  not_found: { status: 404, title: 'Not found', nextStep: 'Nothing matches. Check what you entered.' },
  card_not_found: {
    status: 404,
    title: 'Card not found',
    nextStep: 'Check the code on the card and enter it again, or scan the card.',
  },
  card_not_active: {
    status: 409,
    title: 'Card not activated',
    nextStep: 'This card was never activated. Ask for the purchase receipt and call a manager.',
  },
  card_frozen: {
    status: 409,
    title: 'Card frozen',
    nextStep: 'This card is reported lost or stolen. Keep the card and call a manager.',
  },
  card_closed: {
    status: 409,
    title: 'Card closed',
    nextStep: 'This card is closed and cannot be used. Take another tender.',
  },
  card_expired: { status: 409, title: 'Card expired', nextStep: 'This card has expired. Take another tender.' },
  card_empty: {
    status: 409,
    title: 'Card already used up',
    nextStep: 'Nothing is left on this card. Take another tender.',
  },
  insufficient_funds: {
    status: 409,
    title: 'Not enough on the card',
    nextStep: 'Redeem the balance that is left, or a smaller amount, and take another tender for the rest.',
  },
  region_mismatch: {
    status: 409,
    title: 'Card from another region',
    nextStep: 'This card belongs to another region and cannot be used in this store. Take another tender.',
  },
  currency_mismatch: {
    status: 409,
    title: 'Card in another currency',
    nextStep: 'This card is in another currency and cannot be used in this store. Take another tender.',
  },
  entry_delayed: {
    status: 429,
    title: 'Code entry paused on this terminal',
    nextStep:
      'Too many codes were not found here. Wait until the time shown; other terminals keep working. A manager can lift the wait with Manager unlock.',
  },
  idempotency_conflict: {
    status: 409,
    title: 'Request conflict',
    nextStep: 'This transaction was already sent with other details. Start again with Next customer.',
  },
  key_reversed: {
    status: 409,
    title: 'Transaction cancelled',
    nextStep: 'This transaction was cancelled and nothing was charged. Start again.',
  },
  unauthorized: {
    status: 401,
    title: 'Not signed in',
    nextStep: 'Sign in again. If this terminal was unpaired, call a manager.',
  },
  session_expired: { status: 401, title: 'Session expired', nextStep: 'Your session ended. Sign in again.' },
  forbidden: { status: 403, title: 'Not allowed', nextStep: 'This needs a manager. Call a manager.' },
  manager_approval_required: {
    status: 403,
    title: 'Manager approval needed',
    nextStep: 'Call a manager to approve with their PIN.',
  },
  pin_wrong: {
    status: 401,
    title: 'Wrong PIN',
    nextStep: 'The ID or PIN was not accepted. Check both and try again.',
  },
  signin_delayed: {
    status: 429,
    title: 'Sign-in paused on this terminal',
    nextStep:
      'Too many wrong PINs for this ID here. Wait until the time shown, or sign in on another terminal. A manager can lift the wait in the manager view (Security).',
  },
  manager_pin_wrong: {
    status: 403,
    title: 'Manager PIN wrong',
    nextStep: 'The manager ID or PIN was not accepted. The manager enters them again.',
  },
  approval_delayed: {
    status: 429,
    title: 'Manager approval paused on this terminal',
    nextStep:
      'Too many wrong manager PINs here. Wait until the time shown, or approve on another terminal. A manager can lift the wait in the manager view (Security).',
  },
  no_open_shift: { status: 409, title: 'No open shift', nextStep: 'Sign out and sign in again to open a shift.' },
  shift_closed: {
    status: 409,
    title: 'Shift closed',
    nextStep: 'This shift is closed. Sign in again to open a new one.',
  },
  already_voided: {
    status: 409,
    title: 'Already voided',
    nextStep: 'This redemption was voided before. Nothing more to do.',
  },
  void_not_allowed: {
    status: 409,
    title: 'Cannot void',
    nextStep: 'Only redemptions of an open shift in this store can be voided.',
  },
  transfer_invalid: {
    status: 409,
    title: 'Transfer not possible',
    nextStep: 'Only a frozen card’s balance can move, to an active card of the same currency.',
  },
  card_already_active: {
    status: 409,
    title: 'Card already active',
    nextStep: 'This card was activated before. Take another card from the stock.',
  },
  card_not_in_stock: {
    status: 409,
    title: 'Card not in stock',
    nextStep: 'This card cannot be sold here. Take another card from this store’s stock.',
  },
  reload_not_allowed: {
    status: 409,
    title: 'Reload not allowed',
    nextStep: 'This store does not reload cards. Sell a new card instead.',
  },
  amount_out_of_range: {
    status: 400,
    title: 'Amount outside the limits',
    nextStep: 'Enter an amount within the store’s minimum and maximum for cards.',
  },
  pairing_code_invalid: {
    status: 404,
    title: 'Pairing code not recognised',
    nextStep: 'Check the code the manager gave you and enter it again.',
  },
  pairing_code_expired: {
    status: 410,
    title: 'Pairing code expired',
    nextStep: 'This code is too old. Ask a manager for a new pairing code.',
  },
  pairing_code_used: {
    status: 409,
    title: 'Pairing code already used',
    nextStep: 'Each code pairs one terminal once. Ask a manager for a new pairing code.',
  },
  pairing_locked: {
    status: 429,
    title: 'Pairing paused',
    nextStep: 'Too many wrong pairing codes. Wait a few minutes, then try again.',
  },
  backend_unreachable: {
    status: 503,
    title: 'Cannot reach the gift-card service',
    nextStep: 'Nothing was charged. Check the network and press Retry.',
  },
  outcome_unknown: {
    status: 504,
    title: 'Outcome unknown — do not hand over goods',
    nextStep: 'The terminal is checking whether the card was charged. Wait, or call a manager.',
  },
  not_charged: {
    status: 409,
    title: 'Not charged — you may try again',
    nextStep: 'The answer was lost, so the terminal cancelled this redemption: the card was not charged.',
  },
  terminal_not_configured: {
    status: 500,
    title: 'Terminal not set up',
    nextStep: 'This terminal has no key for the gift-card service. Call a manager.',
  },
  internal_error: {
    status: 500,
    title: 'Something went wrong',
    nextStep: 'Nothing was charged. Try again; if it keeps happening, call a manager.',
  },
};

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}

/** The error every process boundary carries: a code from the list, and a message for logs. */
export interface AppError {
  code: ErrorCode;
  message: string;
  /** Optional facts for the screen, such as when a card was last used or when a lock ends. */
  details?: Record<string, string | number | null>;
}

/** Answers that mean the cashier's session is over: the terminal signs the cashier out. */
export const SESSION_ENDING_CODES: ReadonlySet<string> = new Set([
  'unauthorized',
  'session_expired',
  'no_open_shift',
  'shift_closed',
]);

/**
 * On a call that carries a manager's PIN, `unauthorized` means that PIN was wrong: the cashier
 * stays signed in (a dead session shows up on the next ordinary call).
 */
export const SESSION_ENDING_CODES_WITH_MANAGER_PIN: ReadonlySet<string> = new Set(
  [...SESSION_ENDING_CODES].filter((code) => code !== 'unauthorized'),
);
