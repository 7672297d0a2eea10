import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  cardStateResponseSchema,
  freezeRequestSchema,
  transferRequestSchema,
  transferResponseSchema,
  unfreezeRequestSchema,
  voidRequestSchema,
  voidResponseSchema,
} from '../../shared/backend-api.js';
import { sessionOf, terminalOf } from '../auth/auth.plugin.js';
import { verifyManagerPin } from '../auth/staff-pin.js';
import type { BackendContext } from '../context.js';
import { parseBody } from '../http/parse-body.js';
import { requireOpenShift } from '../shifts/open-shift.js';
import { counterTags } from './activity-tags.js';
import { assertCardOfStore, cardByCode } from './card-by-code.js';
import { freezeCard, unfreezeCard } from './card-state.service.js';
import { transferBalance } from './transfer.service.js';
import { voidRedemption } from './void.service.js';

/**
 * Manager actions at a cashier's counter: the cashier's session plus the manager's id and PIN in
 * the body, checked before any transaction opens (wrong PINs count towards the PIN lock).
 */
export function managerRoutes(app: FastifyInstance, ctx: BackendContext): void {
  const voidDoc = {
    summary: 'Void a redemption',
    description: "A manager gives back a redemption of an open shift of this store (manager's id and PIN in the body).",
    params: z.object({ id: z.string() }),
    body: voidRequestSchema,
    responses: { 200: voidResponseSchema },
  };
  app.post<{ Params: { id: string } }>(
    '/v1/redemptions/:id/void',
    { config: { auth: 'session', api: voidDoc } },
    async (request) => {
      const terminal = terminalOf(request);
      const input = parseBody(voidRequestSchema, request.body);
      const manager = await verifyManagerPin(ctx, terminal, input.managerId, input.managerPin);
      return voidRedemption(ctx, terminal, {
        redemptionId: request.params.id,
        sessionShiftId: sessionOf(request).shiftId,
        managerId: manager.id,
        reason: input.reason,
      });
    },
  );

  for (const [path, schema, change, summary] of [
    ['/v1/cards/freeze', freezeRequestSchema, freezeCard, 'Freeze a card'],
    ['/v1/cards/unfreeze', unfreezeRequestSchema, unfreezeCard, 'Unfreeze a card'],
  ] as const) {
    const api = {
      summary,
      description: "A manager's id, PIN and reason in the body; recorded in the card's ledger.",
      body: schema,
      responses: { 200: cardStateResponseSchema },
    };
    app.post(path, { config: { auth: 'session', api } }, async (request) => {
      const terminal = terminalOf(request);
      const input = parseBody(schema, request.body);
      const manager = await verifyManagerPin(ctx, terminal, input.managerId, input.managerPin);
      const card = await change(ctx, {
        findCard: async (trx) => {
          await requireOpenShift(trx, ctx.database.dialect, sessionOf(request).shiftId);
          const found = await cardByCode(ctx, trx, input.code);
          assertCardOfStore(found, terminal.store);
          return found;
        },
        reason: input.reason,
        tags: counterTags(terminal, sessionOf(request), manager.id),
      });
      return { card };
    });
  }

  const transferDoc = {
    summary: "Move a frozen card's balance to another card",
    description: "A manager's id, PIN and reason in the body.",
    body: transferRequestSchema,
    responses: { 200: transferResponseSchema },
  };
  app.post('/v1/cards/transfer', { config: { auth: 'session', api: transferDoc } }, async (request) => {
    const terminal = terminalOf(request);
    const input = parseBody(transferRequestSchema, request.body);
    const manager = await verifyManagerPin(ctx, terminal, input.managerId, input.managerPin);
    return transferBalance(ctx, {
      findCards: async (trx) => {
        await requireOpenShift(trx, ctx.database.dialect, sessionOf(request).shiftId);
        const from = await cardByCode(ctx, trx, input.code);
        const to = await cardByCode(ctx, trx, input.toCode);
        assertCardOfStore(from, terminal.store);
        assertCardOfStore(to, terminal.store);
        return { from, to };
      },
      reason: input.reason,
      tags: counterTags(terminal, sessionOf(request), manager.id),
    });
  });
}
