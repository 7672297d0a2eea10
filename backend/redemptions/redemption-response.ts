import type { Redemption } from '../../shared/backend-api.js';

/**
 * The 201 body of a redemption as text, split around the two balances so PostgreSQL can fill
 * them in inside the debit statement. Filled in, it is byte for byte JSON.stringify({redemption}),
 * so both dialects store and send the same text.
 */
export interface RedemptionResponseTemplate {
  prefix: string;
  middle: string;
  suffix: string;
}

const BEFORE = -7_777_777_771;
const AFTER = -7_777_777_772;

export function redemptionResponseTemplate(
  redemption: Omit<Redemption, 'balanceBeforeMinor' | 'balanceAfterMinor'>,
): RedemptionResponseTemplate {
  const full: Redemption = {
    id: redemption.id,
    idempotencyKey: redemption.idempotencyKey,
    amountMinor: redemption.amountMinor,
    balanceBeforeMinor: BEFORE,
    balanceAfterMinor: AFTER,
    currency: redemption.currency,
    card: redemption.card,
    storeId: redemption.storeId,
    terminalId: redemption.terminalId,
    cashierId: redemption.cashierId,
    shiftId: redemption.shiftId,
    createdAt: redemption.createdAt,
  };
  const text = JSON.stringify({ redemption: full });
  const [prefix, rest] = splitOnce(text, `"balanceBeforeMinor":${BEFORE}`);
  const [middle, suffix] = splitOnce(rest, `"balanceAfterMinor":${AFTER}`);
  return { prefix: `${prefix}"balanceBeforeMinor":`, middle: `${middle}"balanceAfterMinor":`, suffix };
}

export function fillResponse(
  template: RedemptionResponseTemplate,
  balanceBeforeMinor: number,
  balanceAfterMinor: number,
): string {
  return `${template.prefix}${balanceBeforeMinor}${template.middle}${balanceAfterMinor}${template.suffix}`;
}

function splitOnce(text: string, marker: string): [string, string] {
  const at = text.indexOf(marker);
  if (at < 0) throw new Error('response template marker missing');
  return [text.slice(0, at), text.slice(at + marker.length)];
}
