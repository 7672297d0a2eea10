/**
 * The backend's admin CLI against a test's own backend (its data folder sits beside the terminal's):
 * stock cards for the till to sell, and a second terminal of the demo store.
 */
import { execFile } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { tsxArgs } from '../../../scripts/start/tsx-process.js';
import { backendEnv } from './backend-env.js';

const run = promisify(execFile);
const PROJECT_DIR = resolve(import.meta.dirname, '../../..');

/** Runs `npm run admin -- <args> --json` on the backend beside `terminalDir` and parses its answer. */
export async function admin(terminalDir: string, args: string[]): Promise<unknown> {
  const env = backendEnv(join(dirname(terminalDir), 'backend'));
  const { stdout } = await run(process.execPath, tsxArgs('backend/admin/cli.ts', [...args, '--json']), {
    cwd: PROJECT_DIR,
    env,
  });
  return JSON.parse(stdout) as unknown;
}

/** Unsold cards of the demo store's stock (US, USD), codes as the CLI prints them once. */
export async function issueStockCards(terminalDir: string, count: number): Promise<string[]> {
  const answer = (await admin(terminalDir, [
    'cards',
    'issue',
    '--count',
    String(count),
    '--amount',
    '100',
    '--inactive',
  ])) as {
    cards: { code: string }[];
  };
  return answer.cards.map((card) => card.code);
}

/** A second terminal of the demo store: its key, printed once. */
export async function addTerminal(terminalDir: string, storeId: string, name: string): Promise<string> {
  const answer = (await admin(terminalDir, ['terminal', 'add', '--store', storeId, '--name', name])) as {
    terminal?: { key?: string };
    key?: string;
  };
  const key = answer.terminal?.key ?? answer.key;
  if (key === undefined) throw new Error(`terminal add printed no key: ${JSON.stringify(answer)}`);
  return key;
}
