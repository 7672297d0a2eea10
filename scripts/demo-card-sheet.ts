/**
 * The printable demo card sheet: each demo card's code as Code 128 and as a QR code, so a new
 * user can redeem a demo card by holding the sheet to a webcam or a scanner. Written as HTML
 * (printable from any browser), and as PDF and PNG when a Chromium is found to render them.
 *
 * `tsx scripts/demo-card-sheet.ts <demo.json> <out-dir>` writes it from `admin demo --json` output;
 * `npm start` calls writeDemoCardSheet() when it seeds the demo data.
 */
import { access, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { cardSheetHtml, renderCardSheet } from '../backend/admin/card-sheet.js';
import { formatMoney } from '../shared/money.js';

export interface SheetCard {
  code: string;
  status: string;
  currency: string;
  balanceMinor: number;
}

export interface DemoCardSheet {
  html: string;
  pdf: string | null;
  png: string | null;
}

export const SHEET_BASENAME = 'demo-cards';

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

/** The demo sheet is the card sheet (backend/admin/card-sheet.ts) with a QR per card and its status and balance. */
export function demoCardSheetHtml(cards: SheetCard[]): string {
  return cardSheetHtml(
    cards.map((card) => ({
      code: card.code,
      meta: `${card.status} · ${formatMoney(card.balanceMinor, card.currency, 'en-US')}`,
    })),
    {
      title: 'Tillcard demo cards',
      lead: "Demo data only. Scan a card's Code 128 or QR code with a scanner or the terminal's camera, or type the code.",
      qr: true,
    },
  );
}

/** Writes demo-cards.html, and .pdf and .png when `chromiumPath` is given and renders. */
export async function writeDemoCardSheet(
  cards: SheetCard[],
  outDir: string,
  chromiumPath: string | null,
): Promise<DemoCardSheet> {
  await mkdir(outDir, { recursive: true });
  const html = join(outDir, `${SHEET_BASENAME}.html`);
  const markup = demoCardSheetHtml(cards);
  const pdf = join(outDir, `${SHEET_BASENAME}.pdf`);
  const png = join(outDir, `${SHEET_BASENAME}.png`);
  // The same cards as last time: the sheet already printed stays valid, no need to render again.
  const previous = await readFile(html, 'utf8').catch(() => null);
  if (previous === markup && (await exists(pdf)) && (await exists(png))) return { html, pdf, png };
  await writeFile(html, markup);
  if (chromiumPath === null) return { html, pdf: null, png: null };
  await renderCardSheet(markup, chromiumPath, { pdf, png });
  return { html, pdf, png };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [demoFile, outDir] = process.argv.slice(2);
  if (!demoFile || !outDir) {
    console.error('usage: tsx scripts/demo-card-sheet.ts <demo.json> <out-dir>');
    process.exit(2);
  }
  const demo = JSON.parse(await readFile(demoFile, 'utf8')) as { cards: SheetCard[] };
  const { findChromium } = await import('./start/app-window.js');
  const sheet = await writeDemoCardSheet(demo.cards, outDir, findChromium(process.env));
  for (const path of [sheet.html, sheet.pdf, sheet.png]) if (path) console.log(`demo card sheet: ${path}`);
}
