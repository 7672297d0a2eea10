import { MAX_AMOUNT_MINOR } from '../../../shared/money.js';
import type { BackendContext } from '../../context.js';
import { ApiError } from '../../http/api-error.js';
import { updateSaleSettings, type SaleSettings } from '../../sales/sale-settings.js';
import { required, wholeNumber, type CliArgs } from '../cli-args.js';
import type { CommandResult } from '../cli-output.js';
import { requireStore } from '../store-admin.js';

/** Shows, or changes, what a store's tills may sell: activation limits, reloads, the most a card holds. */
export async function storeSaleSettings(ctx: BackendContext, args: CliArgs): Promise<CommandResult> {
  const store = await requireStore(ctx, required(args, 'store'));
  const bounds = { min: 1, max: MAX_AMOUNT_MINOR };
  const change: Partial<SaleSettings> = {};
  if (args.values['activation-min'] !== undefined)
    change.activationMinMinor = wholeNumber(args, 'activation-min', bounds);
  if (args.values['activation-max'] !== undefined)
    change.activationMaxMinor = wholeNumber(args, 'activation-max', bounds);
  if (args.values['max-balance'] !== undefined) change.maxBalanceMinor = wholeNumber(args, 'max-balance', bounds);
  const reload = args.values.reload;
  if (reload !== undefined) {
    if (reload !== 'on' && reload !== 'off') throw new ApiError('bad_request', '--reload must be on or off');
    change.reloadAllowed = reload === 'on';
  }
  let settings: SaleSettings;
  try {
    settings = await updateSaleSettings(ctx, store.id, change);
  } catch (error) {
    if (error instanceof ApiError) throw error;
    throw new ApiError('bad_request', error instanceof Error ? error.message : 'settings not valid');
  }
  return {
    json: { store: { id: store.id }, saleSettings: settings },
    text:
      `${store.name}: activations ${settings.activationMinMinor}–${settings.activationMaxMinor}, ` +
      `reload ${settings.reloadAllowed ? 'on' : 'off'}, at most ${settings.maxBalanceMinor} on a card (minor units)`,
  };
}
