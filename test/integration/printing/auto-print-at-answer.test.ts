/**
 * Auto-print on a printer the host drives: the receipt starts printing as soon as the backend
 * approves, before the screen asks, and the screen's Print receipt then answers with that same
 * print — one receipt on paper, with what the sale still needs.
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTerminalHost, type TerminalHost } from '../../../electron/host/handlers.js';
import { createBackendProcess, type BackendProcess } from '../../../scripts/start/backend-process.js';
import { runDemoSeed, type DemoData } from '../../../scripts/start/demo-seed.js';
import { formatMoney } from '../../../shared/money.js';
import { backendEnv } from '../../e2e/support/backend-env.js';
import { startFakeEscPosPrinter, type FakeEscPosPrinter } from '../../fixtures/fake-escpos-printer.js';

const PROJECT_DIR = resolve(import.meta.dirname, '../../..');
let root = '';
let demo: DemoData;
let backend: BackendProcess;
let printer: FakeEscPosPrinter;
let host: TerminalHost;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'tillcard-auto-print-'));
  const env = backendEnv(join(root, 'backend'));
  demo = await runDemoSeed({ cwd: PROJECT_DIR, env });
  backend = createBackendProcess({ cwd: PROJECT_DIR, env, port: 0, logFile: join(root, 'backend.log') });
  await backend.start();
  printer = await startFakeEscPosPrinter('ready');
  host = await createTerminalHost({
    terminalDir: join(root, 'terminal'),
    env: {
      TILLCARD_BACKEND_URL: backend.url,
      TILLCARD_TERMINAL_KEY: demo.terminal.key,
      TILLCARD_PRINTER: printer.url,
      TILLCARD_AUTO_PRINT: 'always',
    },
    probeIntervalMs: 200,
  });
  expect((await host.signIn({ cashierId: demo.cashier.id, pin: demo.cashier.pin })).ok).toBe(true);
}, 120_000);

afterAll(async () => {
  await host?.close();
  await printer?.close();
  await backend?.stop();
  await rm(root, { recursive: true, force: true });
});

it('prints the receipt when the backend approves, and Print receipt answers with that print', async () => {
  const card = demo.cards.find(
    (candidate) =>
      candidate.status === 'active' && candidate.currency === demo.store.currency && candidate.balanceMinor >= 1_000,
  );
  if (!card) throw new Error('the demo data has no active card with at least 10.00 on it');
  const redeemed = await host.redeem({
    tenderId: randomUUID(),
    code: card.code,
    amountMinor: 1_000,
    currency: card.currency,
    saleTotalMinor: 1_250,
  });
  if (!redeemed.ok) throw new Error(`redeem failed: ${redeemed.error.code}`);
  const { redemption } = redeemed.value;

  // Nobody asked to print: the receipt still arrives.
  await expect.poll(() => printer.receipts().length, { timeout: 10_000 }).toBe(1);
  const money = (minor: number) => formatMoney(minor, card.currency, demo.store.locale ?? 'en-US');
  const receipt = printer.receipts()[0] ?? '';
  expect(receipt).toContain(redemption.id);
  expect(receipt).toMatch(new RegExp(`Remaining balance\\s+${money(card.balanceMinor - 1_000).replace('$', '\\$')}`));
  expect(receipt).toMatch(new RegExp(`Still due\\s+${money(250).replace('$', '\\$')}`, 'i'));

  // The screen's auto-print asks for the same redemption: the answer is that print, not a second one.
  const asked = await host.printReceipt({ redemptionId: redemption.id, stillDueMinor: 250 });
  expect(asked).toMatchObject({ ok: true, value: { delivery: 'printed' } });
  // A second print would have been sent before that answer came back: one connection, one receipt.
  expect(printer.connectionCount()).toBe(1);
  expect(printer.receipts()).toHaveLength(1);
});
