/**
 * Protocol v1, selling at the till: activating a card from the store's stock, loading an active
 * card (where the store allows it) and refunding a return to a card, each exactly once per
 * (terminal, idempotencyKey), and the store's outstanding liability.
 */
import { z } from 'zod';
import {
  amountMinorSchema,
  balanceMinorSchema,
  codeInputSchema,
  currencySchema,
  idempotencyKeySchema,
  isoDateTimeSchema,
  managerApprovalSchema,
  tenderRecordFields,
} from './backend-api.js';

const saleFields = {
  code: codeInputSchema,
  amountMinor: amountMinorSchema,
  currency: currencySchema,
  idempotencyKey: idempotencyKeySchema,
};

/** approval: a manager activates a card sold earlier but never activated ("not activated" at the counter). */
export const activationRequestSchema = z.strictObject({ ...saleFields, approval: managerApprovalSchema.optional() });
export const loadRequestSchema = z.strictObject(saleFields);
export const refundRequestSchema = managerApprovalSchema.extend(saleFields);
export type ActivationRequest = z.infer<typeof activationRequestSchema>;
export type LoadRequest = z.infer<typeof loadRequestSchema>;
export type RefundRequest = z.infer<typeof refundRequestSchema>;

export const saleKindSchema = z.enum(['activate', 'load', 'refund']);
export type SaleKind = z.infer<typeof saleKindSchema>;

/** One money-in activity of a card at the till; the card by its last 4 only. */
export const saleSchema = z.object({
  ...tenderRecordFields,
  kind: saleKindSchema,
  managerId: z.string().nullable(),
  reason: z.string().nullable(),
});
export const saleResponseSchema = z.object({ sale: saleSchema });
export type Sale = z.infer<typeof saleSchema>;
export type SaleResponse = z.infer<typeof saleResponseSchema>;

export const liabilityQuerySchema = z.strictObject({ from: z.string(), to: z.string() });
export const liabilityResponseSchema = z.object({
  /** One line per currency: money on the store's active cards now, and its change in [from, to). */
  liabilities: z.array(
    z.object({
      currency: currencySchema,
      outstandingMinor: balanceMinorSchema,
      activeCardCount: z.number().int(),
      changeMinor: z.number().int(),
    }),
  ),
  from: isoDateTimeSchema,
  to: isoDateTimeSchema,
});
export type LiabilityResponse = z.infer<typeof liabilityResponseSchema>;

/**
 * One sale at the till, as the screen asks the terminal for it. `saleId` is made once per confirm
 * step and is the request's idempotency key: asking again with the same saleId after a lost answer
 * cannot credit the card twice (the backend answers the first result again).
 */
const saleInputFields = {
  saleId: z.string().uuid(),
  code: codeInputSchema,
  amountMinor: amountMinorSchema,
  currency: currencySchema,
};
export const activateCardInputSchema = z.strictObject({
  ...saleInputFields,
  approval: managerApprovalSchema.optional(),
});
export const loadCardInputSchema = z.strictObject(saleInputFields);
export const refundToCardInputSchema = managerApprovalSchema.extend(saleInputFields);

/** The terminal methods of selling at the till (spread into shared/terminal-api.ts). */
export const saleMethods = {
  /** Sells and activates a card of the store's stock; with approval, a manager fixes "not activated". */
  activateCard: { input: activateCardInputSchema, output: saleResponseSchema },
  /** Loads an active card, where the store allows reloads. */
  loadCard: { input: loadCardInputSchema, output: saleResponseSchema },
  /** A return credited to a new or active card, behind the manager's PIN. */
  refundToCard: { input: refundToCardInputSchema, output: saleResponseSchema },
  /** Manager session only: the store's outstanding liability now and its change over [from, to). */
  liabilityReport: { input: liabilityQuerySchema, output: liabilityResponseSchema },
} as const;

/** After a lost answer: what became of a sale's key (terminal key only, like a redemption's). */
export const saleStatusResponseSchema = z.object({
  status: z.enum(['applied', 'cancelled']),
  sale: saleSchema.nullable(),
});
export type SaleStatusResponse = z.infer<typeof saleStatusResponseSchema>;

/**
 * Cancels a key whose sale was never applied: a tombstone, so a late copy of the request is
 * refused with key_reversed. A key already applied is not undone: the answer is the sale.
 */
export const saleCancelRequestSchema = z.strictObject({ idempotencyKey: idempotencyKeySchema, kind: saleKindSchema });
export type SaleCancelRequest = z.infer<typeof saleCancelRequestSchema>;
export const saleCancelResponseSchema = saleStatusResponseSchema;
