import type { Selectable } from 'kysely';
import type { PairingCodesTable } from '../db/schema.js';
import type { Trx } from '../db/transaction.js';

export type PairingCodeRow = Selectable<PairingCodesTable>;

export async function insertPairingCode(db: Trx, row: PairingCodeRow): Promise<void> {
  await db.insertInto('pairing_codes').values(row).execute();
}

export async function findPairingCode(db: Trx, codeHmac: string): Promise<PairingCodeRow | undefined> {
  return db.selectFrom('pairing_codes').selectAll().where('code_hmac', '=', codeHmac).executeTakeFirst();
}

/** Marks the code used by the new terminal; false when another request used it first. */
export async function markPairingCodeUsed(
  trx: Trx,
  input: { id: string; terminalId: string; nowIso: string },
): Promise<boolean> {
  const result = await trx
    .updateTable('pairing_codes')
    .set({ used_at: input.nowIso, terminal_id: input.terminalId })
    .where('id', '=', input.id)
    .where('used_at', 'is', null)
    .where('expires_at', '>', input.nowIso)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
