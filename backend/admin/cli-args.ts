import { parseArgs } from 'node:util';
import { ApiError } from '../http/api-error.js';

const OPTIONS = {
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  inactive: { type: 'boolean' },
  name: { type: 'string' },
  address: { type: 'string' },
  region: { type: 'string' },
  currency: { type: 'string' },
  timezone: { type: 'string' },
  locale: { type: 'string' },
  store: { type: 'string' },
  terminal: { type: 'string' },
  staff: { type: 'string' },
  'terminal-name': { type: 'string' },
  id: { type: 'string' },
  pin: { type: 'string' },
  count: { type: 'string' },
  amount: { type: 'string' },
  csv: { type: 'string' },
  out: { type: 'string' },
  code: { type: 'string' },
  reason: { type: 'string' },
  status: { type: 'string' },
  limit: { type: 'string' },
  'activation-min': { type: 'string' },
  'activation-max': { type: 'string' },
  'max-balance': { type: 'string' },
  reload: { type: 'string' },
  to: { type: 'string' },
  owner: { type: 'string' },
  service: { type: 'string' },
} as const;

export interface CliArgs {
  /** The command words, such as ['cards', 'issue']. */
  words: string[];
  json: boolean;
  help: boolean;
  inactive: boolean;
  /** Every string option given, by name. */
  values: Record<string, string | undefined>;
}

export function parseCliArgs(argv: readonly string[]): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new ApiError('bad_request', error instanceof Error ? error.message : 'arguments not understood');
  }
  const { json, help, inactive, ...strings } = parsed.values;
  return {
    words: parsed.positionals,
    json: json === true,
    help: help === true,
    inactive: inactive === true,
    values: strings,
  };
}

/** A required string option, or a usage error that names it. */
export function required(args: CliArgs, name: string): string {
  const value = args.values[name];
  if (value === undefined || value.trim() === '') throw new ApiError('bad_request', `--${name} is required`);
  return value.trim();
}

/** A whole number option within bounds; `fallback` when absent. */
export function wholeNumber(
  args: CliArgs,
  name: string,
  bounds: { min: number; max: number },
  fallback?: number,
): number {
  const text = args.values[name];
  if (text === undefined && fallback !== undefined) return fallback;
  const value = Number(text);
  if (text === undefined || !/^\d+$/.test(text) || value < bounds.min || value > bounds.max) {
    throw new ApiError('bad_request', `--${name} must be a whole number from ${bounds.min} to ${bounds.max}`);
  }
  return value;
}
