import { maskCode, formatCode } from '../../../shared/claim-code.js';
import { cardStatusSchema, currencySchema, reasonSchema, regionSchema } from '../../../shared/backend-api.js';
import { formatMoney, MAX_AMOUNT_MINOR } from '../../../shared/money.js';
import { activateCard, issueCards } from '../../cards/card.service.js';
import type { BackendContext } from '../../context.js';
import { ApiError } from '../../http/api-error.js';
import { ADMIN_TAGS } from '../../manager/activity-tags.js';
import { cardByCode } from '../../manager/card-by-code.js';
import { freezeCard } from '../../manager/card-state.service.js';
import { listCards, reserveCodesCsv } from '../card-admin.js';
import { required, wholeNumber, type CliArgs } from '../cli-args.js';
import type { CommandResult } from '../cli-output.js';

const MAX_ISSUE_COUNT = 1_000_000;

export async function cardsIssue(ctx: BackendContext, args: CliArgs): Promise<CommandResult> {
  const count = wholeNumber(args, 'count', { min: 1, max: MAX_ISSUE_COUNT });
  const amountMinor = wholeNumber(args, 'amount', { min: 1, max: MAX_AMOUNT_MINOR });
  const currency = (args.values.currency ?? 'USD').toUpperCase();
  const region = (args.values.region ?? 'US').toUpperCase();
  if (!currencySchema.safeParse(currency).success) throw new ApiError('bad_request', '--currency is an ISO 4217 code');
  if (!regionSchema.safeParse(region).success) throw new ApiError('bad_request', '--region is an ISO 3166 code');
  const csvPath = args.values.csv;
  const writeCsv = csvPath === undefined ? null : reserveCodesCsv(csvPath);
  const status = args.inactive ? 'inactive' : 'active';
  const cards = await issueCards(ctx, { count, amountMinor, currency, region, status });
  const value = formatMoney(amountMinor, currency);
  const summary = { count, amountMinor, currency, region, status };
  if (writeCsv !== null) {
    writeCsv(cards);
    return {
      json: { issued: summary, csv: csvPath, cards: cards.map((card) => ({ last4: card.last4, status: card.status })) },
      text: `${count} ${status} card(s) of ${value} issued; codes written to ${csvPath} (keep it safe: codes are not stored)`,
    };
  }
  return {
    json: {
      issued: summary,
      cards: cards.map((card) => ({
        code: card.code,
        last4: card.last4,
        status: card.status,
        balanceMinor: card.balanceMinor,
      })),
    },
    text: [
      `${count} ${status} card(s) of ${value} issued (codes shown once):`,
      ...cards.map((card) => formatCode(card.code)),
    ].join('\n'),
  };
}

export async function cardsActivate(ctx: BackendContext, args: CliArgs): Promise<CommandResult> {
  const code = required(args, 'code');
  const card = await cardByCode(ctx, ctx.database.db, code);
  if (card.status !== 'inactive' || !(await activateCard(ctx, code))) {
    throw new ApiError('card_not_active', `card ${maskCode(card.last4)} is ${card.status}, not waiting for activation`);
  }
  const balanceMinor = Number(card.face_value_minor);
  return {
    json: { card: { last4: card.last4, status: 'active', balanceMinor, currency: card.currency } },
    text: `card ${maskCode(card.last4)} activated with ${formatMoney(balanceMinor, card.currency)}`,
  };
}

export async function cardsFreeze(ctx: BackendContext, args: CliArgs): Promise<CommandResult> {
  const code = required(args, 'code');
  const reason = reasonSchema.safeParse(required(args, 'reason'));
  if (!reason.success) throw new ApiError('bad_request', '--reason is 1 to 200 characters');
  const card = await freezeCard(ctx, {
    findCard: (trx) => cardByCode(ctx, trx, code),
    reason: reason.data,
    tags: ADMIN_TAGS,
  });
  return { json: { card }, text: `card ${maskCode(card.last4)} frozen: ${reason.data}` };
}

export async function cardsList(ctx: BackendContext, args: CliArgs): Promise<CommandResult> {
  const statusText = args.values.status;
  const status = statusText === undefined ? undefined : cardStatusSchema.safeParse(statusText);
  if (status !== undefined && !status.success)
    throw new ApiError('bad_request', '--status is inactive, active, frozen or closed');
  const cards = await listCards(ctx, {
    status: status?.data,
    limit: wholeNumber(args, 'limit', { min: 1, max: 10_000 }, 100),
  });
  const lines = cards.map(
    (card) =>
      `${card.masked}  ${card.status.padEnd(8)}  ${card.region} ${formatMoney(card.balanceMinor, card.currency).padStart(12)}  ${card.id}`,
  );
  return { json: { cards }, text: lines.length === 0 ? 'no cards' : lines.join('\n') };
}
