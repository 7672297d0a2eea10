/**
 * The outer layer of every host method: the input is validated against the contract before the
 * method runs, and a throw (a bug) still comes back as a Result, never across the boundary.
 */
import {
  fail,
  parseMethodInput,
  type Result,
  type TerminalApi,
  type TerminalMethodName,
} from '../../shared/terminal-api.js';
import type { TerminalLogger } from './logger.js';

/** Validates every input before the method runs, and turns any throw into an internal_error. */
export function guardAll(methods: TerminalApi, logger: TerminalLogger): TerminalApi {
  const guarded = { ...methods };
  for (const name of Object.keys(methods) as (TerminalMethodName | 'on')[]) {
    if (name === 'on') continue;
    const method = methods[name] as (input: unknown) => Promise<Result<unknown>>;
    (guarded as Record<string, unknown>)[name] = async (input: unknown): Promise<Result<unknown>> => {
      const parsed = parseMethodInput(name, input);
      if (!parsed.ok) return parsed;
      try {
        return await method(parsed.value);
      } catch (error) {
        logger.error({ method: name, err: (error as Error).message }, 'terminal method failed');
        return fail({ code: 'internal_error', message: `${name} failed inside the terminal` });
      }
    };
  }
  return guarded;
}
