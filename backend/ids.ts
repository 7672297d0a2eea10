import { randomBytes } from 'node:crypto';

/** A prefixed random id such as `rdm_3kq9x…`: the prefix tells what it names in logs and reports. */
export function newId(prefix: string): string {
  return `${prefix}_${randomBytes(12).toString('base64url')}`;
}

/** A secret made of 32 random bytes, for terminal keys and session tokens. */
export function newSecret(prefix: string): string {
  return `${prefix}_${randomBytes(32).toString('base64url')}`;
}
