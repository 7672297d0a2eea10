import type { BackendContext } from '../../context.js';
import { adminDataDir } from '../admin-context.js';
import { backupLedger } from '../backup.js';
import { required, type CliArgs } from '../cli-args.js';
import type { CommandResult } from '../cli-output.js';

export async function backup(ctx: BackendContext, args: CliArgs): Promise<CommandResult> {
  const keyFromEnvironment = Boolean(process.env.TILLCARD_SERVER_KEY);
  const result = await backupLedger(ctx, adminDataDir(), required(args, 'to'), keyFromEnvironment);
  const keyLine = result.serverKeyCopied
    ? 'server.key copied beside it: keep the folder as safe as the till itself'
    : 'the server key comes from TILLCARD_SERVER_KEY: keep that value with the backup, or no code can be looked up';
  return {
    json: { backup: result },
    text: [
      `backup written to ${result.folder}`,
      keyLine,
      'restore: stop the backend, then set TILLCARD_DATA_DIR to that folder (or copy its files into ./data)',
    ].join('\n'),
  };
}
