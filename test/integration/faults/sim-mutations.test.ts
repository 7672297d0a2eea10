/**
 * The simulator must be able to fail: a copy of the sources with a guard removed is run through
 * `npm run sim`'s entry point, and the run must stop with INVARIANT BROKEN naming what broke.
 * Each mutation asserts the text it replaces is still there, so a refactor that moves the guard
 * fails this test instead of quietly testing nothing.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const PROJECT_DIR = resolve(import.meta.dirname, '../../..');
/** What the simulation imports: the backend, the terminal host, their shared code and the fixtures. */
const SOURCES = ['backend', 'shared', 'electron', 'bench', 'test/fixtures', 'package.json'];

interface Mutation {
  file: string;
  from: string;
  to: string;
}

const copies: string[] = [];
afterAll(() => {
  for (const copy of copies) rmSync(copy, { recursive: true, force: true });
});

function mutatedCopy(mutations: readonly Mutation[]): string {
  const copy = mkdtempSync(join(tmpdir(), 'tillcard-mutant-'));
  copies.push(copy);
  for (const source of SOURCES) cpSync(join(PROJECT_DIR, source), join(copy, source), { recursive: true });
  symlinkSync(join(PROJECT_DIR, 'node_modules'), join(copy, 'node_modules'));
  for (const mutation of mutations) {
    const path = join(copy, mutation.file);
    const text = readFileSync(path, 'utf8');
    expect(text, `${mutation.file} no longer holds the guard this mutation removes`).toContain(mutation.from);
    writeFileSync(path, text.replace(mutation.from, mutation.to));
  }
  return copy;
}

async function simulate(copy: string, seed: number, operations: number): Promise<{ exitCode: number; output: string }> {
  const env = { ...process.env };
  delete env.TILLCARD_TEST_PG_URL;
  const args = [
    '--import',
    'tsx',
    'bench/sim/run.ts',
    '--seeds',
    '1',
    '--first',
    String(seed),
    '--ops',
    String(operations),
  ];
  try {
    const { stdout, stderr } = await run(process.execPath, [...args, '--sqlite-only'], { cwd: copy, env });
    return { exitCode: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { exitCode: failed.code ?? -1, output: `${failed.stdout ?? ''}${failed.stderr ?? ''}` };
  }
}

const BALANCE_CHECK_REMOVED: Mutation[] = [
  {
    // The insufficient_funds rule made always true (balance >= 0), in TypeScript and SQL alike.
    file: 'backend/cards/card-rules.ts',
    from: "than: { input: 'amountMinor' },",
    to: 'than: { value: 0 },',
  },
  {
    file: 'backend/redemptions/redemption.repository.ts',
    from: ".where('balance_minor', '>=', amountMinor)",
    to: '',
  },
];

const TOMBSTONE_REMOVED: Mutation[] = [
  {
    file: 'backend/redemptions/reversal.service.ts',
    from: 'if (record === undefined) {',
    to: 'if (record === undefined) {\n      if (record === undefined) return NOT_APPLIED;',
  },
];

describe('the simulator catches a broken ledger', () => {
  it('unchanged sources pass the seeds used below', async () => {
    const copy = mutatedCopy([]);
    const result = await simulate(copy, 7, 200);
    expect(result.output).toContain('simulation passed');
    expect(result.exitCode).toBe(0);
  }, 120_000);

  it('reports the balance check removed', async () => {
    const result = await simulate(mutatedCopy(BALANCE_CHECK_REMOVED), 7, 200);
    expect(result.exitCode).toBe(1);
    expect(result.output).toContain('INVARIANT BROKEN');
    // The database's CHECK (balance >= 0) still stops the money; the simulator names the failure.
    expect(result.output).toMatch(/answered \d+ request\(s\) with 5xx|approved \d+ from a card holding/);
  }, 120_000);

  it('reports the tombstone of a reversal removed', async () => {
    const result = await simulate(mutatedCopy(TOMBSTONE_REMOVED), 7, 200);
    expect(result.exitCode).toBe(1);
    expect(result.output).toContain('INVARIANT BROKEN');
    expect(result.output).toMatch(/was reported not charged but is applied|charged 2 times/);
  }, 120_000);
});
