/**
 * A manager's PIN approves voids, transfers and unlocks, and under a salted scrypt hash a 4-digit
 * PIN (10,000 guesses) falls offline in minutes to anyone who can read the database. New managers
 * get at least 6 digits; older PINs keep working and are flagged in the staff list until renewed.
 */
import type { Role } from '../../shared/backend-api.js';

export const MANAGER_PIN_MIN_DIGITS = 6;

/** Why a new PIN is refused for this role, or null when it is fine. */
export function pinPolicyProblem(role: Role, pin: string): string | null {
  if (role === 'manager' && pin.length < MANAGER_PIN_MIN_DIGITS)
    return `a manager PIN is ${MANAGER_PIN_MIN_DIGITS} to 8 digits`;
  return null;
}

/** True when the staff list should ask for a new PIN: a manager's PIN shorter than the minimum, or of unknown length. */
export function pinNeedsRenewal(role: Role, pinLength: number | null): boolean {
  return role === 'manager' && (pinLength === null || pinLength < MANAGER_PIN_MIN_DIGITS);
}
