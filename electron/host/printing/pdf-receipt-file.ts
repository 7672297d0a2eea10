/**
 * Save as PDF: each receipt becomes one PDF file in a folder, drawn from the same SVG the screen
 * and the system printer get (pdfkit + svg-to-pdfkit), so it works in Electron and browser mode
 * alike. Files are named by date and transaction id — never by anything from the card — and a
 * file is never overwritten: a reprint gets its own name.
 */
import { profileOfColumns, type ReceiptColumns } from '../../../shared/receipt/printer-profiles.js';
import { randomUUID } from 'node:crypto';
import { link, mkdir, open, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import type { ReceiptDocument } from '../../../shared/receipt/receipt-document.js';
import { PrinterNotReadyError } from './printer-condition.js';

export interface PdfReceiptFolder {
  readonly kind: 'pdf';
  readonly folder: string;
  /** Writes the receipt (its SVG) as a new PDF file and answers its path; PrinterNotReadyError('cannot_save') when it cannot. */
  save(document: ReceiptDocument, svg: string, columns: ReceiptColumns): Promise<string>;
}

const POINTS_PER_MM = 72 / 25.4;
/** Paper as wide as the thermal roll of the printer profile. */
const paperWidthMm = (columns: ReceiptColumns) => profileOfColumns(columns).paperMm;
const MARGIN_MM = 4;

/** The SVG's own size in CSS pixels, as receiptline writes it. */
function svgSize(svg: string): { width: number; height: number } {
  const size = /<svg[^>]*\swidth="([\d.]+)px"[^>]*\sheight="([\d.]+)px"/.exec(svg);
  if (!size?.[1] || !size[2]) throw new Error('receipt SVG has no size');
  return { width: Number(size[1]), height: Number(size[2]) };
}

/** The receipt as PDF bytes: one page as long as the receipt, on paper as wide as the roll. */
export function receiptPdf(svg: string, columns: ReceiptColumns): Promise<Buffer> {
  const { width, height } = svgSize(svg);
  const margin = MARGIN_MM * POINTS_PER_MM;
  const drawWidth = paperWidthMm(columns) * POINTS_PER_MM - 2 * margin;
  const drawHeight = (height / width) * drawWidth;
  const pdf = new PDFDocument({
    size: [drawWidth + 2 * margin, drawHeight + 2 * margin],
    margin: 0,
    info: { Title: 'Receipt', Producer: 'Tillcard' },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  SVGtoPDF(pdf, svg, margin, margin, { width: drawWidth, height: drawHeight, preserveAspectRatio: 'xMinYMin meet' });
  pdf.end();
  return done;
}

/** `2026-11-22_15-30-00Z_rdm_7f3a9c2e.pdf`: UTC date and time, then the transaction (or the slip's kind). */
export function receiptFileName(document: ReceiptDocument, at: Date, copy = 0): string {
  const stamp = at.toISOString().slice(0, 19).replace('T', '_').replaceAll(':', '-');
  const subject = (document.transactionId ?? document.kind).replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 100);
  const suffix = (document.duplicate ? '_duplicate' : '') + (copy > 0 ? `_${copy + 1}` : '');
  return `${stamp}Z_${subject}${suffix}.pdf`;
}

/** Links the finished file under the first free name: readers never see a half-written PDF. */
async function linkUnderFreeName(folder: string, temporary: string, nameOf: (copy: number) => string): Promise<string> {
  for (let copy = 0; copy < 100; copy += 1) {
    const target = join(folder, nameOf(copy));
    try {
      await link(temporary, target);
      return target;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  throw new Error('no free file name');
}

export function createPdfReceiptFolder(options: { folder: string; now?: () => Date }): PdfReceiptFolder {
  const now = options.now ?? (() => new Date());
  return {
    kind: 'pdf',
    folder: options.folder,
    async save(document, svg, columns) {
      const bytes = await receiptPdf(svg, columns);
      const temporary = join(options.folder, `.receipt-${randomUUID()}.pdf.tmp`);
      try {
        await mkdir(options.folder, { recursive: true, mode: 0o700 });
        const file = await open(temporary, 'wx', 0o600);
        try {
          await file.write(bytes);
          await file.sync();
        } finally {
          await file.close();
        }
        const at = now();
        return await linkUnderFreeName(options.folder, temporary, (copy) => receiptFileName(document, at, copy));
      } catch {
        throw new PrinterNotReadyError('cannot_save');
      } finally {
        await unlink(temporary).catch(() => undefined);
      }
    },
  };
}
