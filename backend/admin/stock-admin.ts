/**
 * `admin cards stock --count N --out sheet.pdf [--store ID]`: issues a batch of inactive cards into
 * a store's stock (its region and currency, no money on them until a till sells and activates
 * them) and writes the PDF sheet the card printer makes the physical cards from: each card's
 * Code 128 and its code in 4-6-5 groups. The codes exist only on that sheet: the ledger keeps an
 * HMAC and the last 4, so the sheet must be kept safe until the cards are printed.
 */
import { constants } from 'node:fs';
import { access } from 'node:fs/promises';
import { resolve } from 'node:path';
import { issueCards } from '../cards/card.service.js';
import type { BackendContext } from '../context.js';
import { ApiError } from '../http/api-error.js';
import { cardSheetHtml, renderCardSheet, sheetChromium } from './card-sheet.js';
import { required, wholeNumber, type CliArgs } from './cli-args.js';
import type { CommandResult } from './cli-output.js';

/** One print run: the sheet of a larger batch would be unwieldy for the card printer's operator. */
const MAX_STOCK_COUNT = 1_000;

export const STOCK_USAGE = '--count N --out FILE.pdf [--store ID]   (inactive cards and their printable sheet)';

async function storeFor(ctx: BackendContext, storeId: string | undefined) {
  const query = ctx.database.db.selectFrom('stores').select(['id', 'name', 'region', 'currency']);
  const stores = await (storeId === undefined ? query : query.where('id', '=', storeId)).execute();
  const [store] = stores;
  if (store === undefined) throw new ApiError('not_found', storeId === undefined ? 'no store yet' : 'no such store');
  if (stores.length > 1) throw new ApiError('bad_request', '--store is required when there is more than one store');
  return store;
}

export async function cardsStock(ctx: BackendContext, args: CliArgs): Promise<CommandResult> {
  const count = wholeNumber(args, 'count', { min: 1, max: MAX_STOCK_COUNT });
  const out = resolve(required(args, 'out'));
  if (!out.toLowerCase().endsWith('.pdf')) throw new ApiError('bad_request', '--out names a .pdf file');
  const exists = await access(out, constants.F_OK).then(
    () => true,
    () => false,
  );
  if (exists) throw new ApiError('bad_request', `${out} exists already`);
  // Checked before issuing: codes that reach no sheet would be cards nobody can ever sell.
  const chromium = sheetChromium(process.env);
  if (chromium === null)
    throw new ApiError('bad_request', 'no Chromium found to render the sheet: set TILLCARD_CHROMIUM');
  const store = await storeFor(ctx, args.values.store);

  const cards = await issueCards(ctx, {
    count,
    amountMinor: 0,
    currency: store.currency,
    region: store.region,
    status: 'inactive',
  });
  const markup = cardSheetHtml(
    cards.map((card) => ({ code: card.code })),
    {
      title: `${store.name}: ${count} gift card(s), inactive until sold`,
      lead: `${store.region} · ${store.currency}. Card printer sheet: keep it safe and destroy it once the cards are printed.`,
      qr: false,
    },
  );
  await renderCardSheet(markup, chromium, { pdf: out });
  return {
    json: {
      issued: { count, storeId: store.id, region: store.region, currency: store.currency, status: 'inactive' },
      sheet: out,
      cards: cards.map((card) => ({ last4: card.last4, status: card.status })),
    },
    text: `${count} inactive card(s) issued into the stock of ${store.name}; sheet written to ${out} (keep it safe: codes are not stored)`,
  };
}
