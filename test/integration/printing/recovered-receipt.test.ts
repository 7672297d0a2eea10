/**
 * Print receipt for a redemption settled by recovery: the answer to the redemption is lost (the
 * fault proxy drops it, and the question about its key too), the host later learns from the
 * backend that it was applied, and the cashier prints its receipt — with the balance the backend
 * reported — even after the host restarted and remembers nothing but its outbox.
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTerminalHost, type TerminalHost } from '../../../electron/host/handlers.js';
import { createBackendProcess, type BackendProcess } from '../../../scripts/start/backend-process.js';
import { runDemoSeed, type DemoData } from '../../../scripts/start/demo-seed.js';
import { formatMoney } from '../../../shared/money.js';
import { backendEnv } from '../../e2e/support/backend-env.js';
import { startFakeEscPosPrinter, type FakeEscPosPrinter } from '../../fixtures/fake-escpos-printer.js';
import { startFaultProxy, type FaultProxy } from '../../support/fault-proxy.js';

const PROJECT_DIR = resolve(import.meta.dirname, '../../..');
let root = '';
let demo: DemoData;
let backend: BackendProcess;
let faults: FaultProxy;
let printer: FakeEscPosPrinter;
const hosts: TerminalHost[] = [];

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'tillcard-recovered-receipt-'));
  const env = backendEnv(join(root, 'backend'));
  demo = await runDemoSeed({ cwd: PROJECT_DIR, env });
  backend = createBackendProcess({ cwd: PROJECT_DIR, env, port: 0, logFile: join(root, 'backend.log') });
  await backend.start();
  faults = await startFaultProxy(backend.url);
  printer = await startFakeEscPosPrinter('ready');
}, 120_000);

afterAll(async () => {
  for (const host of hosts) await host.close();
  await faults?.close();
  await printer?.close();
  await backend?.stop();
  await rm(root, { recursive: true, force: true });
});

async function startHost(): Promise<TerminalHost> {
  const host = await createTerminalHost({
    terminalDir: join(root, 'terminal'),
    env: {
      TILLCARD_BACKEND_URL: faults.url,
      TILLCARD_TERMINAL_KEY: demo.terminal.key,
      TILLCARD_PRINTER: printer.url,
      TILLCARD_AUTO_PRINT: 'ask',
    },
    probeIntervalMs: 200,
    recoveryFirstDelayMs: 50,
  });
  hosts.push(host);
  expect((await host.signIn({ cashierId: demo.cashier.id, pin: demo.cashier.pin })).ok).toBe(true);
  return host;
}

describe('a redemption approved after the check', () => {
  it('prints its receipt with the balance the backend reported, also after a restart', async () => {
    const card = demo.cards.find(
      (candidate) =>
        candidate.status === 'active' && candidate.currency === demo.store.currency && candidate.balanceMinor >= 1_000,
    );
    if (!card) throw new Error('the demo data has no active card with at least 10.00 on it');
    const host = await startHost();

    faults.addRule({ mode: 'drop-response' });
    faults.addRule({ mode: 'drop-request', method: 'GET', pathPrefix: '/v1/redemptions/by-key/', times: 1_000 });
    const tender = { tenderId: randomUUID(), code: card.code, amountMinor: 700, currency: card.currency };
    expect(await host.redeem(tender)).toMatchObject({ ok: false, error: { code: 'outcome_unknown' } });

    // The backend answers again: the host's own back-off learns the redemption was applied.
    faults.clearRules();
    const settled = async () => {
      const status = await host.getStatus({});
      return status.ok ? status.value.outcomes?.resolved.find((outcome) => outcome.state === 'applied') : undefined;
    };
    await expect.poll(settled, { timeout: 20_000 }).toBeDefined();
    const redemption = (await settled())?.redemption;
    if (!redemption) throw new Error('the applied outcome carries no redemption');
    expect(redemption.balanceAfterMinor).toBe(card.balanceMinor - 700);

    const remaining = formatMoney(redemption.balanceAfterMinor, card.currency, demo.store.locale ?? 'en-US').replace(
      /[.*+?^${}()|[\]\\]/g,
      '\\$&',
    );
    const printed = await host.printReceipt({ redemptionId: redemption.id, stillDueMinor: null });
    expect(printed).toMatchObject({ ok: true, value: { delivery: 'printed' } });
    await expect.poll(() => printer.receipts()).toHaveLength(1);
    expect(printer.receipts()[0]).toMatch(new RegExp(`Remaining balance\\s+${remaining}\\n`));
    expect(printer.receipts()[0]).toMatch(new RegExp(`Transaction\\s+${redemption.id}\\n`));

    // A restarted host knows the redemption only from its outbox, and still prints it.
    await host.close();
    const restarted = await startHost();
    const again = await restarted.printReceipt({ redemptionId: redemption.id, stillDueMinor: null });
    expect(again).toMatchObject({ ok: true, value: { delivery: 'printed' } });
    await expect.poll(() => printer.receipts()).toHaveLength(2);
    expect(printer.receipts()[1]).toMatch(new RegExp(`Remaining balance\\s+${remaining}\\n`));

    // An id the terminal never saw is still refused.
    const unknown = await restarted.printReceipt({ redemptionId: 'rdm_never_here', stillDueMinor: null });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'not_found' } });
  }, 60_000);
});
