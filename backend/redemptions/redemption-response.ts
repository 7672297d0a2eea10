import type { Redemption } from '../../shared/backend-api.js';

/**
 * The 201 body of a redemption as text, split around its three amounts (amountMinor,
 * balanceBeforeMinor, balanceAfterMinor, consecutive in the schema's key order) so PostgreSQL
 * can fill them in inside the debit statement. Filled in, it is byte for byte
 * JSON.stringify({redemption}), so both dialects store and send the same text.
 */
export interface RedemptionResponseTemplate {
  /** Everything up to and including `"amountMinor":`. */
  prefix: string;
  /** Everything after the value of balanceAfterMinor. */
  suffix: string;
}

export const BEFORE_LABEL = ',"balanceBeforeMinor":';
export const AFTER_LABEL = ',"balanceAfterMinor":';
const MARKER = 'AMOUNTS';

export function redemptionResponseTemplate(
  redemption: Omit<Redemption, 'amountMinor' | 'balanceBeforeMinor' | 'balanceAfterMinor'>,
): RedemptionResponseTemplate {
  // Same key order as rowToRedemption and redemptionSchema.
  const text = JSON.stringify({
    redemption: {
      id: redemption.id,
      idempotencyKey: redemption.idempotencyKey,
      amountMinor: MARKER,
      currency: redemption.currency,
      card: redemption.card,
      storeId: redemption.storeId,
      terminalId: redemption.terminalId,
      cashierId: redemption.cashierId,
      shiftId: redemption.shiftId,
      createdAt: redemption.createdAt,
    },
  });
  const marker = `"amountMinor":"${MARKER}"`;
  const at = text.indexOf(marker);
  return { prefix: `${text.slice(0, at)}"amountMinor":`, suffix: text.slice(at + marker.length) };
}

export function fillResponse(
  template: RedemptionResponseTemplate,
  amountMinor: number,
  balanceBeforeMinor: number,
  balanceAfterMinor: number,
): string {
  return `${template.prefix}${amountMinor}${BEFORE_LABEL}${balanceBeforeMinor}${AFTER_LABEL}${balanceAfterMinor}${template.suffix}`;
}
