import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { BENCH_CARD_IDS_TABLE } from './reference-redemption.js';
import { currentLoad, figuresFromLatencies, type RunFigures } from './stats.js';

const PGBENCH_CANDIDATES = [
  '/usr/bin/pgbench',
  '/usr/lib/postgresql/16/bin/pgbench',
  '/usr/lib/postgresql/15/bin/pgbench',
];

export function findPgbench(): string | null {
  return PGBENCH_CANDIDATES.find((path) => existsSync(path)) ?? null;
}

/** Lets pgbench pick the backend's own cards by number (reference-redemption.ts). */
export async function prepareReference(databaseUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    for (const statement of BENCH_CARD_IDS_TABLE) await client.query(statement);
  } finally {
    await client.end();
  }
}

/**
 * Runs a pgbench script for `durationS` at `clients` connections and reads latencies from its
 * per-transaction log.
 */
export async function runPgbench(
  pgbenchPath: string,
  databaseUrl: string,
  run: { label: string; script: string; clients: number; durationS: number },
): Promise<RunFigures> {
  const { clients, durationS } = run;
  const workDir = mkdtempSync(join(tmpdir(), 'tillcard-pgbench-'));
  try {
    const scriptPath = join(workDir, 'redeem.sql');
    writeFileSync(scriptPath, run.script);
    const loadAverage = currentLoad();
    const threads = Math.min(clients, 2);
    const args = [
      '-n',
      '-c',
      String(clients),
      '-j',
      String(threads),
      '-T',
      String(durationS),
      '-f',
      scriptPath,
      '-l',
      `--log-prefix=${join(workDir, 'txn')}`,
    ];
    const output = await runCommand(pgbenchPath, args, libpqEnvironment(databaseUrl));
    const latenciesMs = readTransactionLog(workDir);
    const failed = /number of failed transactions: (\d+)/.exec(output)?.[1];
    const figures = figuresFromLatencies(run.label, clients, latenciesMs, durationS * 1000, {
      errorCount: Number(failed ?? 0),
      loadAverage,
    });
    const tps = /tps = ([\d.]+)/.exec(output)?.[1];
    return tps ? { ...figures, transactionsPerSecond: Number(tps) } : figures;
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

/** pgbench takes its connection from libpq's variables; a URL's parts map onto them one by one. */
function libpqEnvironment(databaseUrl: string): NodeJS.ProcessEnv {
  const url = new URL(databaseUrl);
  return {
    ...process.env,
    PGHOST: url.hostname,
    PGPORT: url.port || '5432',
    PGUSER: decodeURIComponent(url.username || 'postgres'),
    PGPASSWORD: decodeURIComponent(url.password),
    PGDATABASE: url.pathname.slice(1),
  };
}

/** Each log line is "client transaction latency_us script epoch_s epoch_us". */
function readTransactionLog(workDir: string): number[] {
  const latenciesMs: number[] = [];
  for (const file of readdirSync(workDir).filter((name) => name.startsWith('txn.'))) {
    for (const line of readFileSync(join(workDir, file), 'utf8').split('\n')) {
      const latencyUs = Number(line.split(' ')[2]);
      if (Number.isFinite(latencyUs) && line !== '') latenciesMs.push(latencyUs / 1000);
    }
  }
  return latenciesMs;
}

function runCommand(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) =>
      status === 0 ? resolve(output) : reject(new Error(`pgbench exited with ${status}: ${output.slice(-500)}`)),
    );
  });
}
