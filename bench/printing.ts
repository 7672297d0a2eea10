/**
 * Receipt render-and-send times: the receipt document rendered by receiptline (ESC/POS and SVG),
 * and rendered + sent to a fake ESC/POS printer on 127.0.0.1 with the DLE EOT status check, each
 * beside its reference — the same bytes written raw over a fresh TCP connection (no rendering, no
 * status), the floor any network printer transport pays. Save as PDF is timed the same way, beside
 * writing and fsyncing the same PDF bytes to a new file.
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp, open, rm } from 'node:fs/promises';
import { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPdfReceiptFolder, receiptPdf } from '../electron/host/printing/pdf-receipt-file.js';
import { renderEscPos, renderSvg } from '../electron/host/printing/render-receipt.js';
import { createTcpTransport } from '../electron/host/printing/tcp-transport.js';
import type { Store } from '../shared/backend-api.js';
import { redemptionReceipt } from '../shared/receipt/redemption-receipt.js';
import { startFakeEscPosPrinter } from '../test/fixtures/fake-escpos-printer.js';
import { quantile } from './lib/stats.js';

const ITERATIONS = 200;
const store: Store = {
  id: 'store-1',
  name: 'Tillcard Demo Store',
  address: '1 Market Street, Springfield',
  region: 'US',
  currency: 'USD',
  timezone: 'America/New_York',
  locale: 'en-US',
};
const document = redemptionReceipt(
  { store, language: 'en', terminalName: 'Till 1', cashierName: 'Casey Jones', footer: 'Thank you' },
  {
    redemption: {
      id: 'rdm_01JD8Q3W4X5Y6Z7A8B9C',
      idempotencyKey: 'bench-key-0001',
      amountMinor: 3_000,
      balanceBeforeMinor: 5_000,
      balanceAfterMinor: 2_000,
      currency: 'USD',
      card: { last4: 'CZP5' },
      storeId: 'store-1',
      terminalId: 'terminal-1',
      cashierId: '1001',
      shiftId: 'shift-1',
      createdAt: '2026-11-22T15:30:00.000Z',
    },
    stillDueMinor: 1_250,
  },
);

const WARMUP_ITERATIONS = 30;

async function timeEach(run: () => unknown): Promise<number[]> {
  // Warm-up runs are not counted: the first calls pay for JIT compilation, not for printing.
  for (let index = 0; index < WARMUP_ITERATIONS; index += 1) await run();
  const samplesMs: number[] = [];
  for (let index = 0; index < ITERATIONS; index += 1) {
    const startedMs = performance.now();
    await run();
    samplesMs.push(performance.now() - startedMs);
  }
  return samplesMs;
}

function rawSend(port: number, bytes: Buffer): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = new Socket();
    socket.once('error', reject);
    socket.connect(port, '127.0.0.1', () => socket.end(bytes, () => resolve()));
  });
}

async function rawFileWrite(folder: string, bytes: Buffer): Promise<void> {
  const file = await open(join(folder, `${randomUUID()}.pdf`), 'wx', 0o600);
  try {
    await file.write(bytes);
    await file.sync();
  } finally {
    await file.close();
  }
}

const printer = await startFakeEscPosPrinter('ready');
const pdfFolder = await mkdtemp(join(tmpdir(), 'tillcard-bench-pdf-'));
const pdfReceipts = createPdfReceiptFolder({ folder: join(pdfFolder, 'receipts') });
const pdfBytes = await receiptPdf(renderSvg(document, 48), 48);
const bytes = renderEscPos(document, 48);
const transport = createTcpTransport({ host: printer.host, port: printer.port });
const rows: Array<[string, number[], string, number[] | null]> = [
  ['render ESC/POS (48 col)', await timeEach(() => renderEscPos(document, 48)), '—', null],
  ['render SVG (48 col)', await timeEach(() => renderSvg(document, 48)), '—', null],
  [
    'render + status + send (TCP)',
    await timeEach(() => transport.print(renderEscPos(document, 48))),
    'raw TCP send, same bytes',
    await timeEach(() => rawSend(printer.port, bytes)),
  ],
  [
    'render + save as PDF',
    await timeEach(() => pdfReceipts.save(document, renderSvg(document, 48), 48)),
    'write + fsync same PDF',
    await timeEach(() => rawFileWrite(pdfFolder, pdfBytes)),
  ],
];
await printer.close();
await rm(pdfFolder, { recursive: true, force: true });

const format = (samplesMs: number[]) =>
  `${quantile(samplesMs, 0.5).toFixed(2).padStart(7)} ${quantile(samplesMs, 0.99).toFixed(2).padStart(7)}`;
console.log(`Receipt printing, ${ITERATIONS} runs each; receipt ${bytes.length} bytes of ESC/POS (QR as raster)`);
console.log(`${'step'.padEnd(30)} ${'p50 ms'.padStart(7)} ${'p99 ms'.padStart(7)}   reference (p50 / p99 ms)`);
for (const [label, samplesMs, referenceLabel, referenceMs] of rows) {
  const reference = referenceMs ? `${referenceLabel}: ${format(referenceMs)}` : referenceLabel;
  console.log(`${label.padEnd(30)} ${format(samplesMs)}   ${reference}`);
}
