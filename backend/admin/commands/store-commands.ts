import type { BackendContext } from '../../context.js';
import { revokeTerminal, createTerminal } from '../../terminals/terminal.service.js';
import { ApiError } from '../../http/api-error.js';
import { required, type CliArgs } from '../cli-args.js';
import type { CommandResult } from '../cli-output.js';
import { addStaff } from '../staff-admin.js';
import { addStore, requireStore } from '../store-admin.js';

export async function storeAdd(ctx: BackendContext, args: CliArgs): Promise<CommandResult> {
  const store = await addStore(ctx, {
    name: required(args, 'name'),
    region: required(args, 'region').toUpperCase(),
    currency: required(args, 'currency').toUpperCase(),
    address: args.values.address,
    timezone: args.values.timezone,
    locale: args.values.locale,
  });
  return {
    json: { store },
    text: `store ${store.id} added: ${store.name} (${store.region}, ${store.currency}, ${store.timezone})`,
  };
}

export async function terminalAdd(ctx: BackendContext, args: CliArgs): Promise<CommandResult> {
  const store = await requireStore(ctx, required(args, 'store'));
  const terminal = await createTerminal(ctx, { storeId: store.id, name: required(args, 'name') });
  return {
    json: { terminal: { id: terminal.id, storeId: store.id, name: terminal.name, key: terminal.key } },
    text: [
      `terminal ${terminal.id} added to ${store.name}: ${terminal.name}`,
      `key (shown once, only its hash is kept): ${terminal.key}`,
    ].join('\n'),
  };
}

export async function terminalRevoke(ctx: BackendContext, args: CliArgs): Promise<CommandResult> {
  const terminalId = required(args, 'terminal');
  if (!(await revokeTerminal(ctx, terminalId)))
    throw new ApiError('not_found', `no terminal ${terminalId} with a live key`);
  return {
    json: { terminal: { id: terminalId, revoked: true } },
    text: `terminal ${terminalId} revoked: its key is refused from now on`,
  };
}

export function staffAdd(role: 'cashier' | 'manager') {
  return async (ctx: BackendContext, args: CliArgs): Promise<CommandResult> => {
    const store = await requireStore(ctx, required(args, 'store'));
    const staff = await addStaff(ctx, {
      storeId: store.id,
      id: args.values.id,
      name: required(args, 'name'),
      role,
      pin: required(args, 'pin'),
    });
    return { json: { [role]: staff }, text: `${role} ${staff.id} added to ${store.name}: ${staff.name}` };
  };
}
