import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CardView, ShiftReportResponse, TransferResponse, VoidResponse } from '../../../shared/backend-api.js';
import { fail, ok, type SessionView, type TerminalMethods } from '../../../shared/terminal-api.js';
import { createHostPrinting } from '../../../electron/host/printing/printing-methods.js';
import { withManagerReceipts } from '../../../electron/host/printing/manager-receipts.js';
import { startFakeEscPosPrinter, type FakeEscPosPrinter } from '../../fixtures/fake-escpos-printer.js';
import { createFakeTerminalApi } from '../../fixtures/fake-terminal-api.js';
import { totals } from '../../unit/printing/receipt-fixtures.js';

const session = createFakeTerminalApi({ signedIn: true }).status.session as SessionView;
const card = (last4: string, balanceMinor: number): CardView => ({
  last4,
  status: 'active',
  currency: 'USD',
  region: session.store.region,
  balanceMinor,
  expiresAt: null,
  lastActivityAt: null,
});
const voided: VoidResponse = {
  void: {
    id: 'void_1',
    redemptionId: 'rdm_1',
    amountMinor: 500,
    currency: 'USD',
    card: { last4: '4321' },
    managerId: '9001',
    reason: 'customer changed mind',
    createdAt: '2026-11-22T10:30:00.000Z',
  },
  balanceAfterMinor: 2_000,
};
const transferred: TransferResponse = {
  transfer: {
    id: 'trf_1',
    amountMinor: 1_234,
    currency: 'USD',
    from: card('1111', 0),
    to: card('2222', 1_234),
    createdAt: '2026-11-22T10:31:00.000Z',
  },
};

const casey = totals({
  redemptionCount: 2,
  redeemedMinor: 3_000,
  fullRedemptionCount: 2,
  voidCount: 1,
  voidedMinor: 500,
  netMinor: 2_500,
});
const storeReport: ShiftReportResponse = {
  store: session.store,
  shifts: [
    {
      shift: { ...session.shift, id: 'shift_1', status: 'open', closedAt: null },
      cashierName: 'Casey Jones',
      terminalName: 'Till 1',
      totals: casey,
    },
  ],
  byCashier: [{ cashierId: '1001', cashierName: 'Casey Jones', totals: casey }],
  byTerminal: [{ terminalId: 'terminal-1', terminalName: 'Till 1', totals: casey }],
};
const storeActivities = [
  {
    id: 'act_1',
    kind: 'void',
    amountMinor: 500,
    card: { last4: '4321' },
    shiftId: 'shift_1',
    createdAt: '2026-11-22T10:30:00.000Z',
  },
];
const reportRanges: { from: string; to: string }[] = [];
const range = { from: '2026-11-22T05:00:00.000Z', to: '2026-11-23T05:00:00.000Z' };

let printer: FakeEscPosPrinter | null = null;
let dir: string | null = null;
afterEach(async () => {
  await printer?.close();
  printer = null;
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = null;
});

async function host(autoPrint: 'always' | 'ask', refuse = false) {
  printer = await startFakeEscPosPrinter('ready');
  dir = await mkdtemp(join(tmpdir(), 'tillcard-manager-receipts-'));
  const env = { TILLCARD_PRINTER: `tcp://${printer.host}:${printer.port}`, TILLCARD_AUTO_PRINT: autoPrint };
  const logger = { info: () => undefined, warn: () => undefined };
  const printing = await createHostPrinting({
    terminalDir: dir,
    env,
    logger,
    onStatus: () => undefined,
    session: () => session,
    lookupCard: async () => fail({ code: 'not_found', message: 'unused' }),
    now: () => new Date('2026-11-22T10:32:00.000Z'),
  });
  const refusal = fail<never>({ code: 'manager_pin_wrong', message: 'wrong PIN' });
  const forbidden = fail<never>({ code: 'forbidden', message: 'manager only' });
  const manager: Pick<TerminalMethods, 'voidRedemption' | 'transferBalance' | 'shiftReport' | 'activityReport'> = {
    voidRedemption: async () => (refuse ? refusal : ok(voided)),
    transferBalance: async () => (refuse ? refusal : ok(transferred)),
    shiftReport: async (range) => {
      reportRanges.push(range);
      return refuse ? forbidden : ok(storeReport);
    },
    activityReport: async () => (refuse ? forbidden : ok({ activities: storeActivities })),
  };
  const now = () => new Date('2026-11-22T22:00:00.000Z');
  return withManagerReceipts(manager, { printing, session: () => session, logger, now });
}

const approval = { managerId: '9001', managerPin: '1234', reason: 'customer changed mind' };

describe('receipts for a void and a lost-card transfer', () => {
  it('auto-print on: the void prints once, the transfer prints one slip per card', async () => {
    const methods = await host('always');
    await methods.voidRedemption({ ...approval, redemptionId: 'rdm_1' });
    const fake = printer as FakeEscPosPrinter;
    await expect.poll(() => fake.receipts()).toHaveLength(1);
    expect(fake.receipts()[0]).toMatch(/Returned to card\s+\$5\.00\n/);
    expect(fake.receipts()[0]).toMatch(/Remaining balance\s+\$20\.00\n/);

    await methods.transferBalance({ ...approval, code: 'AS25-NJZ1', toCode: 'BT36-PKA2' });
    // Two slips, in order: the frozen card's (its balance moved out, now zero), then the new card's.
    await expect.poll(() => fake.receipts()).toHaveLength(3);
    const [frozen, fresh] = fake.receipts().slice(1);
    expect(frozen).toContain('Lost card: balance moved out');
    expect(frozen).toMatch(/Frozen card\s+•••• 1111\n/);
    expect(frozen).toMatch(/Moved out\s+\$12\.34\n/);
    expect(frozen).toMatch(/Card balance\s+\$0\.00\n/);
    expect(fresh).toContain('New card: balance moved in');
    expect(fresh).toMatch(/New card\s+•••• 2222\n/);
    expect(fresh).toMatch(/Moved in\s+\$12\.34\n/);
    expect(fresh).toMatch(/Card balance\s+\$12\.34\n/);
    // Each slip names its own card only; the transaction id ties them together.
    expect(frozen).not.toContain('2222');
    expect(fresh).not.toContain('1111');
    for (const slip of [frozen, fresh]) expect(slip).toMatch(/Transaction\s+trf_1\n/);
  });

  it('auto-print off: nothing prints until asked, then by id; unknown ids and refused actions print nothing', async () => {
    const methods = await host('ask');
    await methods.voidRedemption({ ...approval, redemptionId: 'rdm_1' });
    await methods.transferBalance({ ...approval, code: 'AS25-NJZ1', toCode: 'BT36-PKA2' });
    const fake = printer as FakeEscPosPrinter;
    expect((await methods.printVoidReceipt({ voidId: 'void_other' })).ok).toBe(false);
    expect(fake.receipts()).toHaveLength(0);
    const printed = await methods.printVoidReceipt({ voidId: 'void_1' });
    expect(printed.ok && printed.value.delivery).toBe('printed');
    expect((await methods.printTransferReceipts({ transferId: 'trf_1' })).ok).toBe(true);
    await expect.poll(() => fake.receipts()).toHaveLength(3);
    expect(fake.receipts()[1]).toContain('Lost card: balance moved out');
    expect(fake.receipts()[2]).toContain('New card: balance moved in');
  });

  it('a refused void leaves nothing to print', async () => {
    const methods = await host('always', true);
    expect((await methods.voidRedemption({ ...approval, redemptionId: 'rdm_1' })).ok).toBe(false);
    expect((await methods.printVoidReceipt({ voidId: 'void_1' })).ok).toBe(false);
    expect((printer as FakeEscPosPrinter).receipts()).toHaveLength(0);
  });

  it("the store's shift report prints on request with the backend's totals per cashier and the voids", async () => {
    const methods = await host('ask');
    reportRanges.length = 0;
    const printed = await methods.printStoreReport(range);
    expect(printed.ok && printed.value.delivery).toBe('printed');
    expect(reportRanges).toEqual([range]);
    const fake = printer as FakeEscPosPrinter;
    await expect.poll(() => fake.receipts()).toHaveLength(1);
    const report = fake.receipts()[0] ?? '';
    expect(report).toContain('Store shift report');
    expect(report).toMatch(/By cashier\nCasey Jones\s+\$25\.00\nRedeemed \(2\)\s+\$30\.00\nVoided \(1\)\s+\$5\.00\n/);
    expect(report).toMatch(/Voids \(1\)\s+\$5\.00\n•••• 4321\s+\$5\.00\n/);
  });

  it('a session the backend refuses the report to prints nothing and says why', async () => {
    const methods = await host('ask', true);
    const printed = await methods.printStoreReport(range);
    expect(printed.ok ? null : printed.error.code).toBe('forbidden');
    expect((printer as FakeEscPosPrinter).receipts()).toHaveLength(0);
  });
});
