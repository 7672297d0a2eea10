import type { BackendContext } from '../context.js';
import { isoNow } from '../clock.js';
import { secretHash } from '../crypto/hashing.js';
import { newId, newSecret } from '../ids.js';

export interface CreatedTerminal {
  id: string;
  storeId: string;
  name: string;
  /** Shown once: only its SHA-256 is stored. */
  key: string;
}

export async function createTerminal(
  ctx: BackendContext,
  input: { storeId: string; name: string },
): Promise<CreatedTerminal> {
  const id = newId('trm');
  const key = newSecret('tk');
  await ctx.database.db
    .insertInto('terminals')
    .values({
      id,
      store_id: input.storeId,
      name: input.name,
      key_hash: secretHash(key),
      created_at: isoNow(ctx.clock),
      revoked_at: null,
    })
    .execute();
  return { id, storeId: input.storeId, name: input.name, key };
}

/** A revoked key is refused on its next request; the terminal's history stays. */
export async function revokeTerminal(ctx: BackendContext, terminalId: string): Promise<boolean> {
  const result = await ctx.database.db
    .updateTable('terminals')
    .set({ revoked_at: isoNow(ctx.clock) })
    .where('id', '=', terminalId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
