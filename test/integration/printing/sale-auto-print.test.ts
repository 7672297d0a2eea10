/**
 * Sales print their own receipt: as soon as the backend approves an activation or a refund, the
 * host sends the receipt to the printer it drives, without the screen asking — one receipt each,
 * the card masked, the new balance as the backend answered, the manager and reason of a refund.
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
  root = await mkdtemp(join(tmpdir(), 'tillcard-sale-print-'));
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

const money = (minor: number) => formatMoney(minor, 'USD', demo.store.locale ?? 'en-US').replace('$', '\\$');

function demoCard(status: string) {
  const card = demo.cards.find((candidate) => candidate.status === status && candidate.currency === 'USD');
  if (!card) throw new Error(`the demo data has no ${status} USD card`);
  return card;
}

it('prints the activation receipt when the backend approves, with nobody asking', async () => {
  const card = demoCard('inactive');
  const sold = await host.activateCard({ saleId: randomUUID(), code: card.code, amountMinor: 2_000, currency: 'USD' });
  if (!sold.ok) throw new Error(`activation failed: ${sold.error.code}`);

  await expect.poll(() => printer.receipts().length, { timeout: 10_000 }).toBe(1);
  const receipt = printer.receipts()[0] ?? '';
  expect(receipt).toContain('Gift card sold');
  expect(receipt).toContain(sold.value.sale.id);
  expect(receipt).toContain(`•••• ${card.code.slice(-4)}`);
  expect(receipt).not.toContain(card.code.slice(0, 8));
  expect(receipt).toMatch(new RegExp(`Activated\\s+${money(2_000)}`));
  expect(receipt).toMatch(new RegExp(`New balance\\s+${money(2_000)}`));
});

it('prints a refund receipt with the approving manager and the reason', async () => {
  const card = demoCard('active');
  const refunded = await host.refundToCard({
    saleId: randomUUID(),
    code: card.code,
    amountMinor: 1_500,
    currency: 'USD',
    managerId: demo.manager.id,
    managerPin: demo.manager.pin,
    reason: 'returned kettle',
  });
  if (!refunded.ok) throw new Error(`refund failed: ${refunded.error.code}`);

  await expect.poll(() => printer.receipts().length, { timeout: 10_000 }).toBe(2);
  const receipt = printer.receipts()[1] ?? '';
  expect(receipt).toContain('Refund to gift card');
  expect(receipt).toMatch(new RegExp(`Refunded\\s+${money(1_500)}`));
  expect(receipt).toMatch(new RegExp(`New balance\\s+${money(refunded.value.sale.balanceAfterMinor)}`));
  expect(receipt).toMatch(new RegExp(`Approved by manager\\s+${demo.manager.id}`));
  expect(receipt).toContain('Reason: returned kettle');
  expect(printer.connectionCount()).toBe(2);
});
