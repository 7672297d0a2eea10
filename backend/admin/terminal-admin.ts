import type { BackendContext } from '../context.js';
import { secretHash } from '../crypto/hashing.js';
import { ApiError } from '../http/api-error.js';
import { newSecret } from '../ids.js';

/**
 * Gives a terminal a fresh key: the old key is refused from its next request on, and the terminal
 * keeps its id, shifts and history. The new key is returned once; only its hash is stored.
 */
export async function rotateTerminalKey(ctx: BackendContext, terminalId: string): Promise<string> {
  const key = newSecret('tk');
  const result = await ctx.database.db
    .updateTable('terminals')
    .set({ key_hash: secretHash(key), revoked_at: null })
    .where('id', '=', terminalId)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) throw new ApiError('not_found', `no terminal ${terminalId}`);
  return key;
}

/** Adds a terminal with a chosen id (the demo terminal); returns its key, shown once. */
export async function addTerminalWithId(
  ctx: BackendContext,
  input: { id: string; storeId: string; name: string },
): Promise<string> {
  const key = newSecret('tk');
  await ctx.database.db
    .insertInto('terminals')
    .values({
      id: input.id,
      store_id: input.storeId,
      name: input.name,
      key_hash: secretHash(key),
      created_at: ctx.clock.now().toISOString(),
      revoked_at: null,
    })
    .execute();
  return key;
}
