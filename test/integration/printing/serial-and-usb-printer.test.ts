import { spawn, type ChildProcess } from 'node:child_process';
import { access, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SerialPort } from 'serialport';
import { afterEach, describe, expect, it } from 'vitest';
import { redemptionReceipt } from '../../../shared/receipt/redemption-receipt.js';
import { receiptsIn } from '../../fixtures/escpos-text.js';
import { createEscPosDevice, type FakePrinterState } from '../../fixtures/fake-escpos-printer.js';
import { context, redemption } from '../../unit/printing/receipt-fixtures.js';
import { printingTo } from './printing-fixture.js';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const receipt = () =>
  redemptionReceipt(context(), { redemption: redemption({ id: 'rdm_serial_1' }), stillDueMinor: 250 });

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'tillcard-printer-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** A socat pty pair: the host prints to `hostEnd`; a fake printer listens on the other end. */
async function serialPrinter(state: FakePrinterState) {
  const dir = await tempDir();
  const hostEnd = join(dir, 'ttyPrinter');
  const printerEnd = join(dir, 'ttyDevice');
  const socat: ChildProcess = spawn('socat', [`pty,raw,echo=0,link=${hostEnd}`, `pty,raw,echo=0,link=${printerEnd}`], {
    stdio: 'ignore',
  });
  cleanups.push(async () => {
    socat.kill('SIGTERM');
  });
  const linked = () =>
    Promise.all([access(hostEnd), access(printerEnd)]).then(
      () => true,
      () => false,
    );
  await expect.poll(linked, { timeout: 5_000 }).toBe(true);
  const device = createEscPosDevice(state);
  const port = new SerialPort({ path: printerEnd, baudRate: 19200 });
  await new Promise<void>((resolve, reject) => port.once('open', resolve).once('error', reject));
  port.on('data', (chunk: Buffer) => {
    const answer = device.receive(chunk);
    if (answer.length > 0) port.write(answer);
  });
  cleanups.push(() => new Promise<void>((resolve) => port.close(() => resolve())));
  return { device, hostEnd };
}

describe('a serial printer (socat pty pair)', () => {
  it('receives a partial-redemption receipt with the still-due amount', async () => {
    const { device, hostEnd } = await serialPrinter('ready');
    const { service } = printingTo({ transport: 'serial', path: hostEnd, baudRate: 19200 }, 32);
    expect((await service.print(receipt())).delivery).toBe('printed');
    await expect.poll(() => device.receipts()).toHaveLength(1);
    expect(device.receipts()[0]).toMatch(/Remaining balance\s+\$37\.66\n/);
    expect(device.receipts()[0]).toMatch(/Still due\s+\$2\.50\n/);
  });

  it('paper out answered over the serial line holds the receipt until Retry', async () => {
    const { device, hostEnd } = await serialPrinter('paper_out');
    const { service } = printingTo({ transport: 'serial', path: hostEnd, baudRate: 19200 }, 32);
    expect((await service.print(receipt())).status.condition).toBe('paper_out');
    device.state = 'ready';
    expect((await service.retry()).delivery).toBe('printed');
    await expect.poll(() => device.receipts()).toHaveLength(1);
  });
});

describe('a USB printer device file', () => {
  it('gets the receipt bytes written to it', async () => {
    // A regular file stands in for /dev/usb/lp0: the transport opens it the same way.
    const devicePath = join(await tempDir(), 'lp0');
    await writeFile(devicePath, '');
    const { service } = printingTo({ transport: 'usb', devicePath }, 42);
    expect((await service.print(receipt())).delivery).toBe('printed');
    const receipts = receiptsIn(await readFile(devicePath));
    expect(receipts).toHaveLength(1);
    expect(receipts[0]).toMatch(/Remaining balance\s+\$37\.66\n/);
  });

  it('a missing device is reported offline and the receipt waits', async () => {
    const devicePath = join(await tempDir(), 'lp9');
    const { service } = printingTo({ transport: 'usb', devicePath }, 42);
    const outcome = await service.print(receipt());
    expect(outcome.status).toMatchObject({ condition: 'offline', queuedCount: 1 });
    await writeFile(devicePath, '');
    expect((await service.retry()).delivery).toBe('printed');
  });
});
