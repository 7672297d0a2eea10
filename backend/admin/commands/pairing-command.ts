import { terminalNameSchema } from '../../../shared/backend-api.js';
import type { BackendContext } from '../../context.js';
import { ApiError } from '../../http/api-error.js';
import { createPairingCode } from '../../pairing/pairing.service.js';
import { required, type CliArgs } from '../cli-args.js';
import type { CommandResult } from '../cli-output.js';
import { requireStore } from '../store-admin.js';

/** A one-time code a new terminal of the store types to receive its key (see docs/operations.md). */
export async function pairingCode(ctx: BackendContext, args: CliArgs): Promise<CommandResult> {
  const store = await requireStore(ctx, required(args, 'store'));
  const name = terminalNameSchema.safeParse(required(args, 'terminal-name'));
  if (!name.success) throw new ApiError('bad_request', '--terminal-name is 1 to 60 characters');
  const code = await createPairingCode(ctx, { storeId: store.id, terminalName: name.data, createdBy: 'admin' });
  return {
    json: { pairingCode: code },
    text: [
      `pairing code for "${code.terminalName}" at ${store.name} (works once, until ${code.expiresAt}):`,
      `  ${code.code}`,
    ].join('\n'),
  };
}
