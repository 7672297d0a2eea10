import type { FastifyInstance } from 'fastify';
import { createPairingCodeRequestSchema, pairRequestSchema } from '../../shared/backend-api.js';
import { sessionOf, terminalOf } from '../auth/auth.plugin.js';
import type { BackendContext } from '../context.js';
import { parseBody } from '../http/parse-body.js';
import { createPairingCode, pairTerminal } from './pairing.service.js';

export function pairingRoutes(app: FastifyInstance, ctx: BackendContext): void {
  // A manager signed in on a paired terminal makes a code for another terminal of the same store.
  app.post('/v1/pairing-codes', { config: { auth: 'manager' } }, async (request, reply) => {
    const input = parseBody(createPairingCodeRequestSchema, request.body);
    const pairingCode = await createPairingCode(ctx, {
      storeId: terminalOf(request).store.id,
      terminalName: input.terminalName,
      createdBy: sessionOf(request).staffId,
    });
    return reply.status(201).send({ pairingCode });
  });

  // Public: the new terminal has no key yet. The code is the credential, and attempts are limited.
  app.post('/v1/pairing', { config: { auth: 'none' } }, async (request, reply) => {
    const input = parseBody(pairRequestSchema, request.body);
    const paired = await pairTerminal(ctx, { ...input, clientAddress: request.ip });
    request.log.info({ terminalId: paired.terminal.id, storeId: paired.terminal.store.id }, 'terminal paired');
    return reply.status(201).send(paired);
  });
}
