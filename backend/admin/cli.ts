/**
 * `npm run admin -- <command> [options] [--json]`: stores, terminals, staff, cards and demo data,
 * on the database the server uses (TILLCARD_DATA_DIR / DATABASE_URL / TILLCARD_SERVER_KEY).
 * With --json, stdout holds exactly one JSON object, an answer or {"error":{code,message}}; any
 * failure exits non-zero.
 */
import type { BackendContext } from '../context.js';
import { ApiError } from '../http/api-error.js';
import { openAdminContext } from './admin-context.js';
import { parseCliArgs, type CliArgs } from './cli-args.js';
import { printError, printResult, type CommandResult } from './cli-output.js';
import { backup } from './commands/backup-command.js';
import { cardsActivate, cardsFreeze, cardsIssue, cardsList } from './commands/card-commands.js';
import { delaysLift, delaysList } from './commands/delay-commands.js';
import { demo } from './commands/demo-command.js';
import { pairingCode } from './commands/pairing-command.js';
import { staffAdd, storeAdd, terminalAdd, terminalRevoke } from './commands/store-commands.js';

type Command = (ctx: BackendContext, args: CliArgs) => Promise<CommandResult>;

const COMMANDS: Record<string, { run: Command; usage: string }> = {
  'store add': {
    run: storeAdd,
    usage: '--name N --region US --currency USD [--timezone Z] [--locale L] [--address A]',
  },
  'terminal add': { run: terminalAdd, usage: '--store ID --name N   (prints the key once)' },
  'terminal revoke': { run: terminalRevoke, usage: '--terminal ID' },
  'pairing-code': { run: pairingCode, usage: '--store ID --terminal-name N   (one-time code, 15 minutes)' },
  'cashier add': { run: staffAdd('cashier'), usage: '--store ID --name N --pin 1234 [--id 1001]' },
  'manager add': { run: staffAdd('manager'), usage: '--store ID --name N --pin 9876 [--id 9001]' },
  'cards issue': {
    run: cardsIssue,
    usage: '--count N --amount <minor> [--currency USD] [--region US] [--inactive] [--csv FILE]',
  },
  'cards activate': { run: cardsActivate, usage: '--code CODE' },
  'cards freeze': { run: cardsFreeze, usage: '--code CODE --reason R' },
  'cards list': { run: cardsList, usage: '[--status active|inactive|frozen|closed] [--limit N]' },
  'delays list': { run: delaysList, usage: '[--store ID] [--terminal ID] [--staff ID]   (waits running now)' },
  'delays lift': { run: delaysLift, usage: '--store ID | --terminal ID | --staff ID   (ends matching waits)' },
  demo: { run: demo, usage: '(seeds or refreshes the demo store, terminal, staff and cards)' },
  backup: { run: backup, usage: '--to DIR   (SQLite: an online copy of the ledger and its server key)' },
};

function usage(): string {
  const lines = Object.entries(COMMANDS).map(([name, command]) => `  ${name.padEnd(16)} ${command.usage}`);
  return ['usage: npm run admin -- <command> [options] [--json]', '', 'commands:', ...lines].join('\n');
}

async function main(argv: readonly string[]): Promise<number> {
  const asJson = argv.includes('--json');
  let ctx: BackendContext | undefined;
  try {
    const args = parseCliArgs(argv);
    const name = args.words.join(' ');
    if (args.help || name === '' || name === 'help') {
      printResult({ json: { usage: usage() }, text: usage() }, asJson);
      return 0;
    }
    const command = COMMANDS[name];
    if (command === undefined) throw new ApiError('bad_request', `unknown command "${name}"; try --help`);
    ctx = await openAdminContext();
    printResult(await command.run(ctx, args), asJson);
    return 0;
  } catch (error) {
    printError(error, asJson);
    return 1;
  } finally {
    await ctx?.database.close();
  }
}

process.exitCode = await main(process.argv.slice(2));
