/**
 * Protocol v1 between the terminal host and the backend: one zod schema per body, shared by the
 * backend (to validate requests) and the terminal host (to validate responses).
 * Requests are strict: an unknown field is a 400, not silently dropped.
 */
import { z } from 'zod';
import { ERROR_CODES } from './error-codes.js';
import { MAX_AMOUNT_MINOR } from './money.js';

export const amountMinorSchema = z.number().int().positive().max(MAX_AMOUNT_MINOR);
export const balanceMinorSchema = z.number().int().nonnegative();
export const currencySchema = z.string().regex(/^[A-Z]{3}$/, 'ISO 4217 code, upper case');
export const regionSchema = z.string().regex(/^[A-Z]{2}$/, 'ISO 3166 alpha-2 code, upper case');
/** The code as entered; the backend normalises and checks it. */
export const codeInputSchema = z.string().min(1).max(64);
/** Client-generated, unique per terminal: a UUID or similar, never reused for another tender. */
export const idempotencyKeySchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/);
export const pinSchema = z.string().regex(/^\d{4,8}$/);
export const staffIdSchema = z.string().min(1).max(64);
export const reasonSchema = z.string().trim().min(1).max(200);
export const isoDateTimeSchema = z.string();

export const errorBodySchema = z.object({
  error: z.object({
    code: z.enum(ERROR_CODES),
    message: z.string(),
    details: z.record(z.string(), z.union([z.string(), z.number(), z.null()])).optional(),
  }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

// ---- Shapes that appear in responses ----

export const roleSchema = z.enum(['cashier', 'manager']);
export type Role = z.infer<typeof roleSchema>;

/**
 * Card states: inactive (sold, not activated), active, frozen (lost, stolen or suspicious, with a
 * reason), closed (emptied by a transfer or closed by the issuer).
 */
export const cardStatusSchema = z.enum(['inactive', 'active', 'frozen', 'closed']);
export type CardStatus = z.infer<typeof cardStatusSchema>;

export const storeSchema = z.object({
  id: z.string(),
  name: z.string(),
  address: z.string(),
  region: regionSchema,
  currency: currencySchema,
  timezone: z.string(),
  locale: z.string(),
});
export type Store = z.infer<typeof storeSchema>;

export const shiftSchema = z.object({
  id: z.string(),
  storeId: z.string(),
  terminalId: z.string(),
  cashierId: z.string(),
  status: z.enum(['open', 'closed']),
  openedAt: isoDateTimeSchema,
  closedAt: isoDateTimeSchema.nullable(),
});
export type Shift = z.infer<typeof shiftSchema>;

export const cardViewSchema = z.object({
  last4: z.string(),
  status: cardStatusSchema,
  currency: currencySchema,
  region: regionSchema,
  balanceMinor: balanceMinorSchema,
  expiresAt: isoDateTimeSchema.nullable(),
  lastActivityAt: isoDateTimeSchema.nullable(),
  frozenReason: z.string().nullable().optional(),
});
export type CardView = z.infer<typeof cardViewSchema>;

/** What every money movement at the till answers with (a redemption, a sale): the card by its last 4 only. */
export const tenderRecordFields = {
  id: z.string(),
  idempotencyKey: idempotencyKeySchema,
  amountMinor: amountMinorSchema,
  balanceAfterMinor: balanceMinorSchema,
  currency: currencySchema,
  card: z.object({ last4: z.string() }),
  storeId: z.string(),
  terminalId: z.string(),
  cashierId: z.string(),
  shiftId: z.string(),
  createdAt: isoDateTimeSchema,
};

// Key order matters: it is the JSON the one-statement PostgreSQL redemption writes, and a replayed
// answer must be the same text as a fresh one (redemptions/redeem-one-statement.ts).
const { id, idempotencyKey, amountMinor, ...afterAmount } = tenderRecordFields;
export const redemptionSchema = z.object({
  id,
  idempotencyKey,
  amountMinor,
  balanceBeforeMinor: balanceMinorSchema,
  ...afterAmount,
});
export type Redemption = z.infer<typeof redemptionSchema>;

/** Totals computed by the backend from the ledger, for X and Z reports. */
export const totalsSchema = z.object({
  currency: currencySchema,
  redemptionCount: z.number().int(),
  redeemedMinor: z.number().int(),
  fullRedemptionCount: z.number().int(),
  partialRedemptionCount: z.number().int(),
  voidCount: z.number().int(),
  voidedMinor: z.number().int(),
  reversalCount: z.number().int(),
  reversedMinor: z.number().int(),
  /** Money put on cards at the till: activations, loads and refunds to cards (never part of netMinor). */
  activationCount: z.number().int(),
  activatedMinor: z.number().int(),
  loadCount: z.number().int(),
  loadedMinor: z.number().int(),
  refundCount: z.number().int(),
  refundedMinor: z.number().int(),
  netMinor: z.number().int(),
  lockoutCount: z.number().int(),
  firstActivityAt: isoDateTimeSchema.nullable(),
  lastActivityAt: isoDateTimeSchema.nullable(),
});
export type Totals = z.infer<typeof totalsSchema>;

// ---- Lists: cursor pagination ----

/** Items per page when a list call names no `limit`, and the most one page may hold. */
export const DEFAULT_PAGE_LIMIT = 100;
export const MAX_PAGE_LIMIT = 1000;

/**
 * `?limit&cursor` of every list. The first call names no cursor; each answer's `nextCursor` asks
 * for the page after it, and is null on the last page. A cursor is opaque: send it back as given.
 */
export const pageQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_LIMIT).optional(),
  cursor: z.string().min(1).max(200).optional(),
});
export type PageQuery = z.infer<typeof pageQuerySchema>;
export const nextCursorSchema = z.string().nullable();

// ---- Calls ----

export const healthResponseSchema = z.object({ ok: z.literal(true) });

export const signInRequestSchema = z.strictObject({ cashierId: staffIdSchema, pin: pinSchema });
export const signInResponseSchema = z.object({
  token: z.string(),
  cashier: z.object({ id: z.string(), name: z.string(), role: roleSchema }),
  shift: shiftSchema,
  store: storeSchema,
  terminal: z.object({ id: z.string(), name: z.string() }),
  expiresAt: isoDateTimeSchema,
});
export type SignInRequest = z.infer<typeof signInRequestSchema>;
export type SignInResponse = z.infer<typeof signInResponseSchema>;

export const lookupRequestSchema = z.strictObject({ code: codeInputSchema });
export const lookupResponseSchema = z.object({ card: cardViewSchema });
export type LookupRequest = z.infer<typeof lookupRequestSchema>;
export type LookupResponse = z.infer<typeof lookupResponseSchema>;

export const redeemRequestSchema = z.strictObject({
  code: codeInputSchema,
  /** Omitted: redeem the full balance. */
  amountMinor: amountMinorSchema.optional(),
  currency: currencySchema,
  idempotencyKey: idempotencyKeySchema,
});
export const redeemResponseSchema = z.object({ redemption: redemptionSchema });
export type RedeemRequest = z.infer<typeof redeemRequestSchema>;
export type RedeemResponse = z.infer<typeof redeemResponseSchema>;

export const redemptionStatusResponseSchema = z.object({
  status: z.enum(['applied', 'reversed']),
  redemption: redemptionSchema.nullable(),
});
export type RedemptionStatusResponse = z.infer<typeof redemptionStatusResponseSchema>;

export const reversalRequestSchema = z.strictObject({ idempotencyKey: idempotencyKeySchema });
export const reversalResponseSchema = z.object({ status: z.enum(['reversed', 'not_applied']) });
export type ReversalRequest = z.infer<typeof reversalRequestSchema>;
export type ReversalResponse = z.infer<typeof reversalResponseSchema>;

export const managerApprovalSchema = z.strictObject({
  managerId: staffIdSchema,
  managerPin: pinSchema,
  reason: reasonSchema,
});
export const voidRequestSchema = managerApprovalSchema;
export const voidResponseSchema = z.object({
  void: z.object({
    id: z.string(),
    redemptionId: z.string(),
    amountMinor: amountMinorSchema,
    currency: currencySchema,
    card: z.object({ last4: z.string() }),
    managerId: z.string(),
    reason: z.string(),
    createdAt: isoDateTimeSchema,
  }),
  balanceAfterMinor: balanceMinorSchema,
});
export type VoidRequest = z.infer<typeof voidRequestSchema>;
export type VoidResponse = z.infer<typeof voidResponseSchema>;

export const currentShiftResponseSchema = z.object({
  shift: shiftSchema,
  totals: totalsSchema,
  /**
   * The shift's activities so far, in ledger order, cards by last 4 only. redemptionId names the
   * redemption a redeem (or its void) belongs to; redemptionStatus says whether it can still be voided.
   */
  activities: z
    .array(
      z.object({
        id: z.string(),
        kind: z.string(),
        amountMinor: z.number().int(),
        card: z.object({ last4: z.string() }),
        createdAt: isoDateTimeSchema,
        redemptionId: z.string().nullable(),
        redemptionStatus: z.enum(['applied', 'voided', 'reversed']).nullable(),
      }),
    )
    .optional(),
});
export const closeShiftResponseSchema = z.object({
  shift: shiftSchema,
  report: totalsSchema.extend({
    activities: z.array(
      z.object({
        id: z.string(),
        kind: z.string(),
        amountMinor: z.number().int(),
        card: z.object({ last4: z.string() }),
        createdAt: isoDateTimeSchema,
      }),
    ),
  }),
});
export type CurrentShiftResponse = z.infer<typeof currentShiftResponseSchema>;
export type CloseShiftResponse = z.infer<typeof closeShiftResponseSchema>;

/**
 * What the backend answers: totals over the whole shift (aggregated in the database), the
 * activities one page at a time. The terminal host fetches every page and hands the screens the
 * whole list (currentShiftResponseSchema, closeShiftResponseSchema).
 */
export const currentShiftPageSchema = currentShiftResponseSchema.extend({
  activities: currentShiftResponseSchema.shape.activities.unwrap(),
  nextCursor: nextCursorSchema,
});
/** The Z report: the first page of activities; the rest come from GET /v1/shifts/current?cursor. */
export const closeShiftPageSchema = closeShiftResponseSchema.extend({
  report: closeShiftResponseSchema.shape.report.extend({ nextCursor: nextCursorSchema }),
});
export type CurrentShiftPage = z.infer<typeof currentShiftPageSchema>;
export type CloseShiftPage = z.infer<typeof closeShiftPageSchema>;

export const shiftReportQuerySchema = z.strictObject({ from: isoDateTimeSchema, to: isoDateTimeSchema });
export const shiftReportResponseSchema = z.object({
  store: storeSchema,
  shifts: z.array(
    z.object({ shift: shiftSchema, cashierName: z.string(), terminalName: z.string(), totals: totalsSchema }),
  ),
  byCashier: z.array(z.object({ cashierId: z.string(), cashierName: z.string(), totals: totalsSchema })),
  byTerminal: z.array(z.object({ terminalId: z.string(), terminalName: z.string(), totals: totalsSchema })),
});
export type ShiftReportResponse = z.infer<typeof shiftReportResponseSchema>;
/** `?from&to&limit&cursor` of the manager's reports. */
export const reportPageQuerySchema = shiftReportQuerySchema.extend(pageQuerySchema.shape);
/** One page of the store's shifts; byCashier and byTerminal always cover the whole range. */
export const shiftReportPageSchema = shiftReportResponseSchema.extend({ nextCursor: nextCursorSchema });
export type ShiftReportPage = z.infer<typeof shiftReportPageSchema>;

/** Manager: the store's ledger activities created in [from, to), for hourly charts and drill-downs. */
export const activityReportResponseSchema = z.object({
  activities: z.array(
    z.object({
      id: z.string(),
      kind: z.string(),
      /** Always positive: `kind` says whether it left the card (redeem) or came back (void, reversal). */
      amountMinor: z.number().int().nonnegative(),
      card: z.object({ last4: z.string() }),
      shiftId: z.string().nullable(),
      createdAt: isoDateTimeSchema,
    }),
  ),
});
export type ActivityReportResponse = z.infer<typeof activityReportResponseSchema>;
export const activityReportPageSchema = activityReportResponseSchema.extend({ nextCursor: nextCursorSchema });
export type ActivityReportPage = z.infer<typeof activityReportPageSchema>;

export const freezeRequestSchema = managerApprovalSchema.extend({ code: codeInputSchema });
export const unfreezeRequestSchema = freezeRequestSchema;
export const cardStateResponseSchema = z.object({ card: cardViewSchema });
export const transferRequestSchema = managerApprovalSchema.extend({ code: codeInputSchema, toCode: codeInputSchema });
export const transferResponseSchema = z.object({
  transfer: z.object({
    id: z.string(),
    amountMinor: balanceMinorSchema,
    currency: currencySchema,
    from: cardViewSchema,
    to: cardViewSchema,
    createdAt: isoDateTimeSchema,
  }),
});
export type FreezeRequest = z.infer<typeof freezeRequestSchema>;
export type TransferRequest = z.infer<typeof transferRequestSchema>;
export type TransferResponse = z.infer<typeof transferResponseSchema>;

export const unlockRequestSchema = z.strictObject({ managerId: staffIdSchema, managerPin: pinSchema });
export const unlockResponseSchema = z.object({ unlocked: z.literal(true) });

// Security: store-wide alerts and the waits of single sources, for the store's signed-in managers.
export const securityAlertSchema = z.object({
  id: z.string(),
  /** lookup_failures: unknown codes across the store; pin_failures: wrong staff PINs. */
  kind: z.enum(['lookup_failures', 'pin_failures']),
  raisedAt: z.string(),
  lastSeenAt: z.string(),
  failureCount: z.number().int(),
});
export type SecurityAlert = z.infer<typeof securityAlertSchema>;
export const delayKindSchema = z.enum(['entry_terminal', 'entry_cashier', 'signin', 'approval']);
export const securityDelaySchema = z.object({
  /** What waits: code entry of a terminal or a cashier, or sign-in / approvals of one ID on one terminal. */
  kind: delayKindSchema,
  subject: z.string(),
  terminalName: z.string().nullable(),
  staffName: z.string().nullable(),
  staffId: z.string().nullable(),
  failureCount: z.number().int(),
  delayedUntil: z.string(),
});
export type SecurityDelay = z.infer<typeof securityDelaySchema>;
export const securityOverviewSchema = z.object({
  alerts: z.array(securityAlertSchema),
  delays: z.array(securityDelaySchema),
});
export type SecurityOverview = z.infer<typeof securityOverviewSchema>;
export const liftDelayRequestSchema = z.strictObject({ kind: delayKindSchema, subject: z.string().min(1).max(200) });
export type LiftDelayRequest = z.infer<typeof liftDelayRequestSchema>;
export const liftDelayResponseSchema = z.object({ lifted: z.number().int() });
export const dismissAlertResponseSchema = z.object({ dismissed: z.literal(true) });

// Pairing: a manager makes a one-time code; a new terminal exchanges it for its key.
export const terminalNameSchema = z.string().trim().min(1).max(60);
export const pairingCodeInputSchema = z.string().min(1).max(32);
export const createPairingCodeRequestSchema = z.strictObject({ terminalName: terminalNameSchema });
export const pairingCodeSchema = z.object({
  /** Shown once, grouped like `7KQ2M-X9RTA`; only its HMAC is stored. */
  code: z.string(),
  terminalName: z.string(),
  storeId: z.string(),
  expiresAt: isoDateTimeSchema,
});
export const createPairingCodeResponseSchema = z.object({ pairingCode: pairingCodeSchema });
export const pairRequestSchema = z.strictObject({
  code: pairingCodeInputSchema,
  /** Overrides the name the manager gave with the code. */
  terminalName: terminalNameSchema.optional(),
});
export const pairResponseSchema = z.object({
  terminal: z.object({ id: z.string(), name: z.string(), store: storeSchema }),
  /** The only time the key leaves the backend. */
  terminalKey: z.string(),
});
export type PairingCode = z.infer<typeof pairingCodeSchema>;
export type CreatePairingCodeRequest = z.infer<typeof createPairingCodeRequestSchema>;
export type PairRequest = z.infer<typeof pairRequestSchema>;
export type PairResponse = z.infer<typeof pairResponseSchema>;
