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
import { staffList, staffPin } from './commands/staff-commands.js';
import { dbRolesCommand, verifyLedgerCommand } from './commands/ledger-commands.js';
import { pairingCode } from './commands/pairing-command.js';
import { staffAdd, storeAdd, terminalAdd, terminalRevoke } from './commands/store-commands.js';
import { storeSaleSettings } from './commands/sale-settings-command.js';
import { cardsStock, STOCK_USAGE } from './stock-admin.js';

type Command = (ctx: BackendContext, args: CliArgs) => Promise<CommandResult>;
/** A command that opens its own connection instead of the ledger (it needs no server key). */
type RawCommand = (ctx: undefined, args: CliArgs) => Promise<CommandResult>;

const COMMANDS: Record<string, { run: Command; usage: string } | { raw: RawCommand; usage: string }> = {
  'store add': {
    run: storeAdd,
    usage: '--name N --region US --currency USD [--timezone Z] [--locale L] [--address A]',
  },
  'store sale-settings': {
    run: storeSaleSettings,
    usage: '--store ID [--activation-min <minor>] [--activation-max <minor>] [--max-balance <minor>] [--reload on|off]',
  },
  'terminal add': { run: terminalAdd, usage: '--store ID --name N   (prints the key once)' },
  'terminal revoke': { run: terminalRevoke, usage: '--terminal ID' },
  'pairing-code': { run: pairingCode, usage: '--store ID --terminal-name N   (one-time code, 15 minutes)' },
  'cashier add': { run: staffAdd('cashier'), usage: '--store ID --name N --pin 1234 [--id 1001]' },
  'manager add': { run: staffAdd('manager'), usage: '--store ID --name N --pin 987654 [--id 9001]   (6 to 8 digits)' },
  'staff list': { run: staffList, usage: '[--store ID]   (flags managers whose PIN is shorter than 6 digits)' },
  'staff pin': { run: staffPin, usage: '--id ID --pin N   (a new PIN; managers 6 to 8 digits)' },
  'cards issue': {
    run: cardsIssue,
    usage: '--count N --amount <minor> [--currency USD] [--region US] [--inactive] [--csv FILE]',
  },
  'cards stock': { run: cardsStock, usage: STOCK_USAGE },
  'cards activate': { run: cardsActivate, usage: '--code CODE' },
  'cards freeze': { run: cardsFreeze, usage: '--code CODE --reason R' },
  'cards list': { run: cardsList, usage: '[--status active|inactive|frozen|closed] [--limit N]' },
  'delays list': { run: delaysList, usage: '[--store ID] [--terminal ID] [--staff ID]   (waits running now)' },
  'delays lift': { run: delaysLift, usage: '--store ID | --terminal ID | --staff ID   (ends matching waits)' },
  demo: { run: demo, usage: '(seeds or refreshes the demo store, terminal, staff and cards)' },
  backup: { run: backup, usage: '--to DIR   (SQLite: an online copy of the ledger and its server key)' },
  'verify-ledger': {
    run: verifyLedgerCommand,
    usage: '(replays every card against its hash chain; exit 2 on a break)',
  },
  'db-roles': {
    raw: dbRolesCommand,
    usage: '--owner R --service R   (PostgreSQL, as an administrator: append-only roles; see docs/operations.md)',
  },
};

function usage(): string {
  const lines = Object.entries(COMMANDS).map(([name, command]) => `  ${name.padEnd(16)} ${command.usage}`);
  return ['usage: npm run admin -- <command> [options] [--json]', '', 'commands:', ...lines].join('\n');
}

async function main(argv: readonly string[]): Promise<number> {
  process.umask(0o077); // a CSV of card codes, a backup or a new server key: owner only

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
    let result: CommandResult;
    if ('raw' in command) result = await command.raw(undefined, args);
    else {
      ctx = await openAdminContext();
      result = await command.run(ctx, args);
    }
    printResult(result, asJson);
    return result.exitCode ?? 0;
  } catch (error) {
    printError(error, asJson);
    return 1;
  } finally {
    await ctx?.database.close();
  }
}

process.exitCode = await main(process.argv.slice(2));
