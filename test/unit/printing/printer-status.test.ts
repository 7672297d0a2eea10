import { describe, expect, it } from 'vitest';
import { conditionFromStatus, PrinterNotReadyError } from '../../../electron/host/printing/printer-condition.js';
import { createPrintQueue } from '../../../electron/host/printing/print-queue.js';
import { parsePrinterUrl } from '../../../electron/host/printing/printer-settings.js';
import { redemptionReceipt } from '../../../shared/receipt/redemption-receipt.js';
import { context, redemption } from './receipt-fixtures.js';

describe('DLE EOT answers', () => {
  it.each([
    [0x12, 0x12, 'ready'],
    [0x32, 0x72, 'paper_out'],
    [0x12, 0x72, 'paper_out'],
    [0x16, 0x12, 'cover_open'],
    [0x52, 0x12, 'offline'],
    [0xff, 0x12, 'unknown'],
    [0x00, 0x00, 'unknown'],
  ] as const)('offline cause %#x and paper sensor %#x mean %s', (offlineCause, paperSensor, condition) => {
    expect(conditionFromStatus(offlineCause, paperSensor)).toBe(condition);
  });
});

describe('the print queue', () => {
  const receipt = (id: string) => redemptionReceipt(context(), { redemption: redemption({ id }), stillDueMinor: null });

  it('keeps a receipt while the printer is out of paper and prints it once on retry', async () => {
    const sent: string[] = [];
    let paper = false;
    const queue = createPrintQueue(async (document) => {
      if (!paper) throw new PrinterNotReadyError('paper_out');
      sent.push(document.transactionId ?? '');
    });
    queue.add(receipt('rdm_1'));
    expect(await queue.drain()).toBe('paper_out');
    expect(queue.size).toBe(1);
    paper = true;
    // Two Retry presses at once share one drain.
    const [first, second] = await Promise.all([queue.drain(), queue.drain()]);
    expect([first, second]).toEqual(['ready', 'ready']);
    expect(await queue.drain()).toBe('ready');
    expect(sent).toEqual(['rdm_1']);
    expect(queue.size).toBe(0);
  });

  it('prints waiting receipts in the order they were made', async () => {
    const sent: string[] = [];
    const queue = createPrintQueue(async (document) => {
      sent.push(document.transactionId ?? '');
    });
    queue.add(receipt('rdm_1'));
    queue.add(receipt('rdm_2'));
    await queue.drain();
    expect(sent).toEqual(['rdm_1', 'rdm_2']);
  });
});

describe('TILLCARD_PRINTER', () => {
  it.each([
    ['tcp://192.168.1.50:9100', { transport: 'tcp', host: '192.168.1.50', port: 9100 }],
    ['tcp://printer.local', { transport: 'tcp', host: 'printer.local', port: 9100 }],
    ['serial:/dev/ttyUSB0?baud=38400', { transport: 'serial', path: '/dev/ttyUSB0', baudRate: 38400 }],
    ['serial:/dev/ttyS0', { transport: 'serial', path: '/dev/ttyS0', baudRate: 19200 }],
    ['usb:/dev/usb/lp0', { transport: 'usb', devicePath: '/dev/usb/lp0' }],
    ['system', { transport: 'system' }],
    ['none', { transport: 'none' }],
    ['pdf', { transport: 'pdf' }],
    ['pdf:/srv/receipts', { transport: 'pdf', folder: '/srv/receipts' }],
    ['http://printer', null],
  ])('%s', (text, target) => {
    expect(parsePrinterUrl(text)).toEqual(target);
  });
});
