import type { FastifyInstance } from 'fastify';
import {
  freezeRequestSchema,
  transferRequestSchema,
  unfreezeRequestSchema,
  voidRequestSchema,
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
  app.post<{ Params: { id: string } }>('/v1/redemptions/:id/void', { config: { auth: 'session' } }, async (request) => {
    const terminal = terminalOf(request);
    const input = parseBody(voidRequestSchema, request.body);
    const manager = await verifyManagerPin(ctx, terminal.store.id, input.managerId, input.managerPin);
    return voidRedemption(ctx, terminal, {
      redemptionId: request.params.id,
      sessionShiftId: sessionOf(request).shiftId,
      managerId: manager.id,
      reason: input.reason,
    });
  });

  for (const [path, schema, change] of [
    ['/v1/cards/freeze', freezeRequestSchema, freezeCard],
    ['/v1/cards/unfreeze', unfreezeRequestSchema, unfreezeCard],
  ] as const) {
    app.post(path, { config: { auth: 'session' } }, async (request) => {
      const terminal = terminalOf(request);
      const input = parseBody(schema, request.body);
      const manager = await verifyManagerPin(ctx, terminal.store.id, input.managerId, input.managerPin);
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

  app.post('/v1/cards/transfer', { config: { auth: 'session' } }, async (request) => {
    const terminal = terminalOf(request);
    const input = parseBody(transferRequestSchema, request.body);
    const manager = await verifyManagerPin(ctx, terminal.store.id, input.managerId, input.managerPin);
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
