import type { BackendContext } from '../../context.js';
import { verifyLedger } from '../../ledger/verify-ledger.js';
import { setUpDbRoles } from '../db-roles.js';
import { ApiError } from '../../http/api-error.js';
import { required, type CliArgs } from '../cli-args.js';
import type { CommandResult } from '../cli-output.js';

/** `verify-ledger`: replays every card against its hash chain; any break exits non-zero. */
export async function verifyLedgerCommand(ctx: BackendContext): Promise<CommandResult> {
  const report = await verifyLedger(ctx.database.db, ctx.config.chainKey);
  const summary = `${report.cards} cards, ${report.activities} activities (${report.beforeChain} from before the hash chain)`;
  const lines =
    report.breakCount === 0
      ? [`ledger verified: ${summary}, no break`]
      : [
          `LEDGER BROKEN: ${report.breakCount} break(s) in ${summary}`,
          ...report.breaks.map(
            (b) =>
              `  card •••• ${b.last4} (${b.cardId})${b.activityId === null ? '' : ` activity ${b.activityId}`}: ${b.problem}`,
          ),
        ];
  return { json: { ledger: report }, text: lines.join('\n'), exitCode: report.breakCount === 0 ? 0 : 2 };
}

/** `db-roles`: PostgreSQL owner and service roles (admin/db-roles.ts), on DATABASE_URL as an administrator. */
export async function dbRolesCommand(_ctx: undefined, args: CliArgs): Promise<CommandResult> {
  const databaseUrl = process.env.DATABASE_URL ?? '';
  if (!/^postgres(ql)?:\/\//.test(databaseUrl))
    throw new ApiError('bad_request', 'db-roles needs DATABASE_URL=postgres://<administrator>@…/<database>');
  const result = await setUpDbRoles({
    databaseUrl,
    owner: required(args, 'owner'),
    service: required(args, 'service'),
    ownerPassword: process.env.TILLCARD_OWNER_PASSWORD,
    servicePassword: process.env.TILLCARD_SERVICE_PASSWORD,
  });
  return {
    json: { roles: result },
    text: [
      `owner role ${result.owner}: owns ${result.tables} tables and runs migrations`,
      `service role ${result.service}: SELECT and INSERT on the ledger, no DELETE or TRUNCATE`,
      `start the backend with DATABASE_URL=postgres://${result.service}@…`,
    ].join('\n'),
  };
}
