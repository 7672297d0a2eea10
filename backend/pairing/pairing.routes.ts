import type { FastifyInstance } from 'fastify';
import {
  createPairingCodeRequestSchema,
  createPairingCodeResponseSchema,
  pairRequestSchema,
  pairResponseSchema,
} from '../../shared/backend-api.js';
import { sessionOf, terminalOf } from '../auth/auth.plugin.js';
import type { BackendContext } from '../context.js';
import { parseBody } from '../http/parse-body.js';
import { createPairingCode, pairTerminal } from './pairing.service.js';

export function pairingRoutes(app: FastifyInstance, ctx: BackendContext): void {
  // A manager signed in on a paired terminal makes a code for another terminal of the same store.
  const codeDoc = {
    summary: 'Make a pairing code',
    description: 'A one-time code (15 minutes) that pairs a new terminal with this store.',
    body: createPairingCodeRequestSchema,
    responses: { 201: createPairingCodeResponseSchema },
  };
  app.post('/v1/pairing-codes', { config: { auth: 'manager', api: codeDoc } }, async (request, reply) => {
    const input = parseBody(createPairingCodeRequestSchema, request.body);
    const pairingCode = await createPairingCode(ctx, {
      storeId: terminalOf(request).store.id,
      terminalName: input.terminalName,
      createdBy: sessionOf(request).staffId,
    });
    return reply.status(201).send({ pairingCode });
  });

  // Public: the new terminal has no key yet. The code is the credential, and attempts are limited.
  const pairDoc = {
    summary: 'Pair a terminal',
    description: "Exchanges a pairing code for the new terminal's key, the only time a key leaves the backend.",
    body: pairRequestSchema,
    responses: { 201: pairResponseSchema },
  };
  app.post('/v1/pairing', { config: { auth: 'none', api: pairDoc } }, async (request, reply) => {
    const input = parseBody(pairRequestSchema, request.body);
    const paired = await pairTerminal(ctx, { ...input, clientAddress: request.ip });
    request.log.info({ terminalId: paired.terminal.id, storeId: paired.terminal.store.id }, 'terminal paired');
    return reply.status(201).send(paired);
  });
}
