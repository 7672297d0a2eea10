import type { z } from 'zod';
import { ApiError } from './api-error.js';

/**
 * Validates a body against a strict zod schema from shared/backend-api.ts. A bad amount is
 * amount_invalid (the cashier can fix it); anything else, unknown fields included, is bad_request.
 * Messages name fields, never echo values (a value may be a card code or a PIN).
 */
export function parseBody<S extends z.ZodType>(schema: S, body: unknown): z.infer<S> {
  const result = schema.safeParse(body ?? {});
  if (result.success) return result.data;
  const issues = result.error.issues;
  if (issues.some((issue) => issue.path[0] === 'amountMinor')) {
    throw new ApiError('amount_invalid', 'amountMinor must be a whole number of minor units above zero');
  }
  const described = issues.slice(0, 5).map((issue) => {
    if (issue.code === 'unrecognized_keys') return `unknown field ${issue.keys.join(', ')}`;
    const field = issue.path.length > 0 ? issue.path.join('.') : 'body';
    return `${field}: ${issue.code === 'invalid_type' && issue.message.endsWith('received undefined') ? 'required' : 'invalid'}`;
  });
  throw new ApiError('bad_request', described.join('; '));
}
