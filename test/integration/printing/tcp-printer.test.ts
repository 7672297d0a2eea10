import { afterEach, describe, expect, it } from 'vitest';
import { redemptionReceipt } from '../../../shared/receipt/redemption-receipt.js';
import { startFakeEscPosPrinter, type FakeEscPosPrinter } from '../../fixtures/fake-escpos-printer.js';
import { context, FULL_CODE, redemption } from '../../unit/printing/receipt-fixtures.js';
import { printingTo } from './printing-fixture.js';

let printer: FakeEscPosPrinter | null = null;
afterEach(async () => {
  await printer?.close();
  printer = null;
});

const receipt = (id = 'rdm_tcp_1') =>
  redemptionReceipt(context(), { redemption: redemption({ id }), stillDueMinor: null });

describe('a network printer on TCP', () => {
  it('receives one receipt whose text shows the remaining balance', async () => {
    printer = await startFakeEscPosPrinter('ready');
    const { service } = printingTo({ transport: 'tcp', host: printer.host, port: printer.port });
    const outcome = await service.print(receipt());
    expect(outcome.delivery).toBe('printed');
    expect(outcome.status.condition).toBe('ready');
    expect(printer.statusRequests).toBe(2);
    const fake = printer;
    await expect.poll(() => fake.receipts()).toHaveLength(1);
    const receipts = printer.receipts();
    expect(receipts[0]).toMatch(/Remaining balance\s+\$37\.66\n/);
    expect(receipts[0]).toMatch(/Transaction\s+rdm_tcp_1\n/);
  });

  it('out of paper: the receipt waits with a clear message, and Retry prints it exactly once', async () => {
    printer = await startFakeEscPosPrinter('paper_out');
    const { service, events, logLines } = printingTo({ transport: 'tcp', host: printer.host, port: printer.port });
    const outcome = await service.print(receipt());
    expect(outcome.delivery).toBe('queued');
    expect(outcome.status).toMatchObject({ condition: 'paper_out', queuedCount: 1 });
    expect(outcome.status.message).toMatch(/out of paper.*Retry printing/);
    expect(events.at(-1)?.condition).toBe('paper_out');
    expect(printer.receipts()).toHaveLength(0);

    printer.state = 'ready';
    const [first, second] = await Promise.all([service.retry(), service.retry()]);
    expect(first.delivery).toBe('printed');
    expect(second.delivery).toBe('printed');
    await service.retry();
    const fake = printer;
    await expect.poll(() => fake.receipts()).toHaveLength(1);
    // One connection for the paper-out attempt, one for Retry; the third Retry had nothing to send.
    expect(fake.connectionCount()).toBe(2);
    expect(events.at(-1)).toMatchObject({ condition: 'ready', queuedCount: 0 });
    expect(logLines.join('\n')).not.toContain(FULL_CODE);
  });

  it('cover open, then closed: a clear message, then the receipt', async () => {
    printer = await startFakeEscPosPrinter('cover_open');
    const { service } = printingTo({ transport: 'tcp', host: printer.host, port: printer.port });
    const outcome = await service.print(receipt());
    expect(outcome.status.message).toMatch(/cover is open/);
    printer.state = 'ready';
    expect((await service.retry()).delivery).toBe('printed');
    const fake = printer;
    await expect.poll(() => fake.receipts()).toHaveLength(1);
  });

  it('a printer that does not answer status requests is printed to anyway', async () => {
    printer = await startFakeEscPosPrinter('silent');
    const { service } = printingTo({ transport: 'tcp', host: printer.host, port: printer.port });
    expect((await service.print(receipt())).delivery).toBe('printed');
    const fake = printer;
    await expect.poll(() => fake.receipts()).toHaveLength(1);
  });

  it('no printer listening: offline, and the receipt and its duplicate print later in order', async () => {
    printer = await startFakeEscPosPrinter('ready');
    const port = printer.port;
    await printer.close();
    const { service } = printingTo({ transport: 'tcp', host: '127.0.0.1', port });
    const outcome = await service.print(receipt('rdm_offline'));
    expect(outcome.status.condition).toBe('offline');
    expect((await service.reprintLast())?.status.queuedCount).toBe(2);
    printer = null;
  });
});
