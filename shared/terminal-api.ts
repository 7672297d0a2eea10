/**
 * The terminal API: the one contract between the renderer and the terminal host. It types the
 * Electron preload and IPC handlers, the browser-mode WebSocket adapter, the renderer client and
 * the fakes used in component tests. Adding a method is one edit to `terminalMethods`.
 *
 * The renderer never sees the terminal key, a session token or an idempotency key: the host keeps
 * them. Every call answers with a Result, never a thrown error, because only a message survives a
 * process boundary.
 */
import { z } from 'zod';
import {
  amountMinorSchema,
  cardViewSchema,
  closeShiftResponseSchema,
  codeInputSchema,
  currencySchema,
  currentShiftResponseSchema,
  pinSchema,
  redemptionSchema,
  signInRequestSchema,
  signInResponseSchema,
  staffIdSchema,
  unlockRequestSchema,
  cardStateResponseSchema,
  freezeRequestSchema,
  managerApprovalSchema,
  shiftReportQuerySchema,
  shiftReportResponseSchema,
  transferRequestSchema,
  transferResponseSchema,
  unfreezeRequestSchema,
  voidResponseSchema,
  activityReportResponseSchema,
  dismissAlertResponseSchema,
  liftDelayRequestSchema,
  liftDelayResponseSchema,
  securityOverviewSchema,
} from './backend-api.js';
import type { AppError } from './error-codes.js';
import { printerStatusSchema, printOutcomeSchema, printReceiptInputSchema } from './receipt/printing-api.js';
import { saveSettingsInputSchema, settingsViewSchema } from './settings.js';
import { saveScannerSettingsInputSchema, scannerSettingsViewSchema, wedgeConfigSchema } from './scanner-settings.js';
import { pairingMethods } from './pairing-api.js';
import { saleKindSchema, saleMethods, saleSchema } from './sales-api.js';
import { kioskMethods } from './kiosk-settings.js';
import { customerViewSchema } from './customer-display.js';
import { languageViewSchema, saveLanguageInputSchema } from './language.js';

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export const connectionStateSchema = z.enum(['online', 'offline', 'unknown']);
export type ConnectionState = z.infer<typeof connectionStateSchema>;

/** The signed-in cashier as the renderer may see it: no token. */
export const sessionViewSchema = signInResponseSchema.omit({ token: true });
export type SessionView = z.infer<typeof sessionViewSchema>;

/**
 * What became of a redemption whose answer was lost (a timeout, a cut connection, a restart):
 * checking — the host is asking the backend; applied — the card was charged (approved, print);
 * reversed — not charged, and a late copy can no longer charge it (the cashier may try again);
 * unknown — the backend cannot be reached: do not hand over goods, the host keeps asking.
 */
export const outcomeStateSchema = z.enum(['checking', 'applied', 'reversed', 'unknown']);
export type OutcomeState = z.infer<typeof outcomeStateSchema>;

export const outcomeSchema = z.object({
  tenderId: z.string(),
  last4: z.string(),
  /** Null: the full balance was asked for. */
  amountMinor: z.number().int().nullable(),
  currency: z.string(),
  state: outcomeStateSchema,
  /** What the tender does: absent for a redemption (money off the card), else the sale's kind (money on). */
  kind: saleKindSchema.optional(),
  /** The applied redemption, as the backend first answered it (state 'applied' only). */
  redemption: redemptionSchema.optional(),
  /** The applied sale, as the backend first answered it (state 'applied' only). */
  sale: saleSchema.optional(),
  at: z.string(),
});
export type Outcome = z.infer<typeof outcomeSchema>;

export const scannerStateSchema = z.enum(['connected', 'disconnected', 'not_configured']);
export type ScannerState = z.infer<typeof scannerStateSchema>;

export const terminalStatusSchema = z.object({
  configured: z.boolean(),
  backendUrl: z.string(),
  connection: connectionStateSchema,
  session: sessionViewSchema.nullable(),
  /** How many redemptions wait in the outbox with an outcome not yet known. */
  pendingCount: z.number().int().nonnegative(),
  version: z.string(),
  /**
   * The pending redemptions, and the ones resolved by asking the backend since the terminal
   * started (after a lost answer or a restart), newest last, so the cashier sees what happened.
   */
  outcomes: z.object({ pending: z.array(outcomeSchema), resolved: z.array(outcomeSchema) }).optional(),
  /** The serial barcode scanner, for the status bar; absent from hosts that know no scanners. */
  scanner: scannerStateSchema.optional(),
});
export type TerminalStatus = z.infer<typeof terminalStatusSchema>;

export const redeemInputSchema = z.strictObject({
  /**
   * Made by the renderer once per confirm step. The host gives one tender exactly one idempotency
   * key, so a double click or a repeated Enter sends at most one redemption.
   */
  tenderId: z.string().uuid(),
  code: codeInputSchema,
  /** Omitted: the full balance. */
  amountMinor: amountMinorSchema.optional(),
  currency: currencySchema,
  /**
   * The sale's total when the cashier entered one: the receipt the host prints as soon as the
   * backend answers says what the sale still needs after this card.
   */
  saleTotalMinor: amountMinorSchema.optional(),
});
export type RedeemInput = z.infer<typeof redeemInputSchema>;

export const scanEventSchema = z.object({
  source: z.enum(['serial', 'wedge', 'camera']),
  /** What the scanner read, AIM identifier and all; empty when the read was dropped. */
  payload: z.string(),
  receivedAt: z.string(),
  /**
   * The host dropped the read unscanned: longer than any barcode holds (`length` bytes), which is
   * line noise or a scanner at the wrong baud rate. The screen says so; nothing is looked up.
   */
  dropped: z.object({ reason: z.literal('too_long'), length: z.number().int().positive() }).optional(),
});

const empty = z.strictObject({});

/** One line of the reconciliation: a redemption one side has and the other does not. */
export const reconciliationDifferenceSchema = z.object({
  /** terminal_only: approved on the terminal, no ledger row; backend_only: a ledger row the terminal never approved. */
  kind: z.enum(['terminal_only', 'backend_only']),
  last4: z.string(),
  amountMinor: z.number().int(),
});

/** What the terminal adds to the Z report: its own view of the shift, checked against the ledger. */
export const terminalCloseSchema = z.object({
  /** Redemptions whose outcome was learned by asking the backend during this shift. */
  resolved: z.array(outcomeSchema),
  reconciliation: z.object({
    matched: z.boolean(),
    terminalCount: z.number().int().nonnegative(),
    terminalMinor: z.number().int(),
    backendCount: z.number().int().nonnegative(),
    backendMinor: z.number().int(),
    differences: z.array(reconciliationDifferenceSchema),
  }),
});
export type TerminalClose = z.infer<typeof terminalCloseSchema>;

/** Every method: its input schema and its output schema. */
export const terminalMethods = {
  getStatus: { input: empty, output: terminalStatusSchema },
  signIn: { input: signInRequestSchema, output: sessionViewSchema },
  signOut: { input: empty, output: z.object({ signedOut: z.literal(true) }) },
  lookupCard: { input: z.strictObject({ code: codeInputSchema }), output: z.object({ card: cardViewSchema }) },
  redeem: { input: redeemInputSchema, output: z.object({ redemption: redemptionSchema }) },
  currentShift: { input: empty, output: currentShiftResponseSchema },
  closeShift: { input: empty, output: closeShiftResponseSchema.extend({ terminal: terminalCloseSchema.optional() }) },
  unlockEntry: { input: unlockRequestSchema, output: z.object({ unlocked: z.literal(true) }) },
  verifyManager: {
    input: z.strictObject({ managerId: staffIdSchema, managerPin: pinSchema }),
    output: z.object({ managerId: z.string(), name: z.string() }),
  },
  // Receipts: the host builds them from what it holds; the renderer only asks.
  printerStatus: { input: empty, output: printerStatusSchema },
  printReceipt: { input: printReceiptInputSchema, output: printOutcomeSchema },
  printBalanceSlip: { input: z.strictObject({ code: codeInputSchema }), output: printOutcomeSchema },
  reprintLast: { input: empty, output: printOutcomeSchema },
  retryPrint: { input: empty, output: printOutcomeSchema },
  testPrint: { input: empty, output: printOutcomeSchema },
  /** Manager session only: the printer settings of config.json and which ones the environment overrides. */
  getSettings: { input: empty, output: settingsViewSchema },
  /** Manager session only: writes the printer settings to config.json and applies them at once. */
  saveSettings: { input: saveSettingsInputSchema, output: settingsViewSchema },
  /** Manager session only: the serial scanner of config.json, the environment's overrides and the ports found. */
  scannerSettings: { input: empty, output: scannerSettingsViewSchema },
  /** Manager session only: writes the serial scanner to config.json and reopens it on the saved port. */
  saveScannerSettings: { input: saveScannerSettingsInputSchema, output: scannerSettingsViewSchema },
  /** The keyboard-wedge detector's settings, for the redeem screen (any session). */
  wedgeSettings: { input: empty, output: wedgeConfigSchema },
  /** x: the open shift's running totals, asked of the backend now; z: the report of the shift this terminal closed last. */
  printShiftReport: { input: z.strictObject({ kind: z.enum(['x', 'z']) }), output: printOutcomeSchema },
  /** A void made on this terminal (by the id voidRedemption answered). */
  printVoidReceipt: { input: z.strictObject({ voidId: z.string().min(1).max(100) }), output: printOutcomeSchema },
  /** A lost-card transfer made on this terminal: two slips, the frozen card's and the new card's. */
  printTransferReceipts: {
    input: z.strictObject({ transferId: z.string().min(1).max(100) }),
    output: printOutcomeSchema,
  },
  /** Manager session only: prints the store's shift report for [from, to): shifts, cashiers, terminals, voids. */
  printStoreReport: { input: shiftReportQuerySchema, output: printOutcomeSchema },
  // Manager approval at the counter: the manager's id and PIN travel with the action they approve.
  voidRedemption: {
    input: managerApprovalSchema.extend({ redemptionId: z.string().min(1).max(64) }),
    output: voidResponseSchema,
  },
  freezeCard: { input: freezeRequestSchema, output: cardStateResponseSchema },
  unfreezeCard: { input: unfreezeRequestSchema, output: cardStateResponseSchema },
  transferBalance: { input: transferRequestSchema, output: transferResponseSchema },
  /** Manager session only: the store's shifts opened in [from, to). */
  shiftReport: { input: shiftReportQuerySchema, output: shiftReportResponseSchema },
  /** Manager session only: the store's ledger activities in [from, to), for charts and drill-downs. */
  activityReport: { input: shiftReportQuerySchema, output: activityReportResponseSchema },
  /** Manager session only: the store's open security alerts and the waits running now. */
  securityOverview: { input: empty, output: securityOverviewSchema },
  /** Manager session only: marks an alert seen. */
  dismissSecurityAlert: {
    input: z.strictObject({ alertId: z.string().min(1).max(64) }),
    output: dismissAlertResponseSchema,
  },
  /** Manager session only: ends one source's wait (kind and subject as securityOverview lists them). */
  liftDelay: { input: liftDelayRequestSchema, output: liftDelayResponseSchema },
  // Selling, loading and refunding to cards, and the store's liability (sales-api.ts).
  ...saleMethods,
  // Pairing with the backend, and the Backend section of Settings (pairing-api.ts).
  ...pairingMethods,
  // Kiosk mode and the manager's Quit (kiosk-settings.ts).
  ...kioskMethods,
  /** The cashier's screen tells the customer display what to show (a customer-safe view only). */
  publishCustomerView: { input: customerViewSchema, output: z.object({ shown: z.literal(true) }) },
  /** What the customer display shows now: for a display that opens or reconnects. */
  customerView: { input: empty, output: customerViewSchema },
  /** The language the screens speak (config.json); anyone may ask, the sign-in screen too. */
  language: { input: empty, output: languageViewSchema },
  /** Manager session only: saves the language in config.json; the screens switch at once. */
  saveLanguage: { input: saveLanguageInputSchema, output: languageViewSchema },
} as const;

export type TerminalMethodName = keyof typeof terminalMethods;
export const TERMINAL_METHOD_NAMES = Object.keys(terminalMethods) as TerminalMethodName[];
export type MethodInput<K extends TerminalMethodName> = z.input<(typeof terminalMethods)[K]['input']>;
export type MethodOutput<K extends TerminalMethodName> = z.output<(typeof terminalMethods)[K]['output']>;

/** Events the host pushes to the renderer. */
export const terminalEvents = {
  connection: connectionStateSchema,
  scan: scanEventSchema,
  status: terminalStatusSchema,
  /** The receipt printer's state changed: paper out, cover open, offline, ready again. */
  printer: printerStatusSchema,
  /** A redemption's outcome changed: checking, then applied, reversed or unknown. */
  outcome: outcomeSchema,
  /** The customer display's view changed (published by the cashier's screen). */
  customerDisplay: customerViewSchema,
} as const;

export type TerminalEventName = keyof typeof terminalEvents;
export const TERMINAL_EVENT_NAMES = Object.keys(terminalEvents) as TerminalEventName[];
export type EventPayload<E extends TerminalEventName> = z.output<(typeof terminalEvents)[E]>;
export type Unsubscribe = () => void;

export type TerminalMethods = {
  [K in TerminalMethodName]: (input: MethodInput<K>) => Promise<Result<MethodOutput<K>>>;
};

/** What the preload exposes and what the browser-mode client implements. */
export interface TerminalApi extends TerminalMethods {
  on<E extends TerminalEventName>(event: E, listener: (payload: EventPayload<E>) => void): Unsubscribe;
}

/** The host side: the same methods, implemented once and wired to IPC or to the WebSocket. */
export type TerminalHandlers = TerminalMethods;

/** The name under which the preload exposes the API on `window`. */
export const TERMINAL_API_GLOBAL = 'tillcard';
/** The IPC channel for a method or an event. */
export const ipcChannel = (name: TerminalMethodName | TerminalEventName): string => `tillcard:${name}`;

export type ParsedInput<K extends TerminalMethodName> = z.output<(typeof terminalMethods)[K]['input']>;

/** Validates a method's input; a host rejects bad input with `bad_request` before doing anything. */
export function parseMethodInput<K extends TerminalMethodName>(method: K, input: unknown): Result<ParsedInput<K>> {
  const schema: z.ZodType<ParsedInput<K>> = terminalMethods[method].input as unknown as z.ZodType<ParsedInput<K>>;
  const parsed = schema.safeParse(input ?? {});
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, error: { code: 'bad_request', message: `invalid input for ${method}` } };
}

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(error: AppError): Result<T> {
  return { ok: false, error };
}

// ---- Browser mode: the same API over a WebSocket on 127.0.0.1 ----

/** Renderer → host: call a method. `id` pairs the answer with the call. */
export const wsCallSchema = z.strictObject({
  id: z.number().int().nonnegative(),
  method: z.enum(TERMINAL_METHOD_NAMES as [TerminalMethodName, ...TerminalMethodName[]]),
  input: z.unknown(),
});
export type WsCall = z.infer<typeof wsCallSchema>;

/** Host → renderer: the answer to a call, or an event. */
export type WsServerMessage =
  | { type: 'result'; id: number; result: Result<unknown> }
  | { type: 'event'; event: TerminalEventName; payload: unknown };

/** Path of the WebSocket endpoint; the per-launch token travels as `?token=` on the upgrade request. */
export const WS_PATH = '/terminal-api';
