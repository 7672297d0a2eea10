import { formatCode } from '../../../shared/claim-code.js';
import { formatMoney } from '../../../shared/money.js';
import type { BackendContext } from '../../context.js';
import type { CliArgs } from '../cli-args.js';
import type { CommandResult } from '../cli-output.js';
import { seedDemo } from '../demo.js';

export async function demo(ctx: BackendContext, _args: CliArgs): Promise<CommandResult> {
  const seed = await seedDemo(ctx);
  const text = [
    `demo store ${seed.store.id}: ${seed.store.name} (${seed.store.region}, ${seed.store.currency})`,
    `terminal ${seed.terminal.id} key (new on every run; the previous one no longer works):`,
    `  ${seed.terminal.key}`,
    `cashier ${seed.cashier.id} PIN ${seed.cashier.pin} · manager ${seed.manager.id} PIN ${seed.manager.pin}`,
    'demo cards:',
    ...seed.cards.map(
      (card) =>
        `  ${formatCode(card.code)}  ${card.status.padEnd(8)} ${formatMoney(card.balanceMinor, card.currency).padStart(10)}  ${card.label}`,
    ),
  ].join('\n');
  return { json: { ...seed }, text };
}
