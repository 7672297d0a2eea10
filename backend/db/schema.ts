/**
 * Row types of every table, as Kysely sees them. Column names are snake_case in SQL; the mappers
 * in each feature folder turn rows into the camelCase shapes of shared/backend-api.ts.
 * Timestamps are ISO-8601 UTC text (they sort the same on SQLite and PostgreSQL); ids are text.
 */

export type StaffRole = 'cashier' | 'manager';
export type ShiftStatus = 'open' | 'closed';
export type CardStatus = 'inactive' | 'active' | 'frozen' | 'closed';
export type ActivityKind =
  | 'activate'
  | 'redeem'
  | 'void'
  | 'reversal'
  | 'adjust'
  | 'freeze'
  | 'unfreeze'
  | 'transfer_out'
  | 'transfer_in'
  | 'close';
export type RedemptionStatus = 'applied' | 'voided' | 'reversed';
export type IdempotencyState = 'applied' | 'declined' | 'reversed';
export type LockScope = 'terminal' | 'store';
export type PairingAttemptScope = 'client' | 'all';

export interface StoresTable {
  id: string;
  name: string;
  address: string;
  region: string;
  currency: string;
  timezone: string;
  locale: string;
  created_at: string;
}

export interface TerminalsTable {
  id: string;
  store_id: string;
  name: string;
  key_hash: string;
  created_at: string;
  revoked_at: string | null;
}

export interface StaffTable {
  id: string;
  store_id: string;
  name: string;
  role: StaffRole;
  pin_hash: string;
  failed_pin_count: number;
  pin_locked_until: string | null;
  created_at: string;
  disabled_at: string | null;
}

export interface SessionsTable {
  token_hash: string;
  staff_id: string;
  terminal_id: string;
  shift_id: string;
  created_at: string;
  expires_at: string;
  ended_at: string | null;
}

export interface ShiftsTable {
  id: string;
  store_id: string;
  terminal_id: string;
  cashier_id: string;
  status: ShiftStatus;
  opened_at: string;
  closed_at: string | null;
  closed_by: string | null;
}

export interface CardsTable {
  id: string;
  code_hmac: string;
  last4: string;
  /** 1 for issued codes (15 characters with a check character), 0 for imported legacy codes. */
  requires_check: number;
  status: CardStatus;
  frozen_reason: string | null;
  currency: string;
  region: string;
  balance_minor: number;
  /** Value the card gets when activated (an inactive card's balance is 0 until then). */
  face_value_minor: number;
  expires_at: string | null;
  activated_at: string | null;
  last_activity_at: string | null;
  created_at: string;
}

export interface ActivitiesTable {
  id: string;
  card_id: string;
  kind: ActivityKind;
  /** Signed change of the balance: negative for redeem and transfer_out, 0 for freeze/unfreeze. */
  amount_minor: number;
  balance_after_minor: number;
  store_id: string | null;
  terminal_id: string | null;
  cashier_id: string | null;
  shift_id: string | null;
  manager_id: string | null;
  redemption_id: string | null;
  reason: string | null;
  created_at: string;
}

export interface RedemptionsTable {
  id: string;
  card_id: string;
  terminal_id: string;
  store_id: string;
  cashier_id: string;
  shift_id: string;
  idempotency_key: string;
  amount_minor: number;
  balance_before_minor: number;
  balance_after_minor: number;
  currency: string;
  status: RedemptionStatus;
  created_at: string;
}

export interface IdempotencyRecordsTable {
  terminal_id: string;
  idempotency_key: string;
  /** HMAC of the request's fields; null for a tombstone written by a reversal of an unseen key. */
  request_hash: string | null;
  request_code_hmac: string | null;
  request_amount_minor: number | null;
  request_currency: string | null;
  status_code: number;
  response_json: string;
  state: IdempotencyState;
  redemption_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface EntryLocksTable {
  scope: LockScope;
  scope_id: string;
  window_started_at: string;
  failure_count: number;
  locked_until: string | null;
  unlocked_by: string | null;
  unlocked_at: string | null;
}

export interface LockoutEventsTable {
  id: string;
  scope: LockScope;
  scope_id: string;
  store_id: string;
  terminal_id: string;
  cashier_id: string | null;
  shift_id: string | null;
  locked_at: string;
  locked_until: string;
  unlocked_by: string | null;
  unlocked_at: string | null;
}

/** See migrations/0005-throttles.ts for what kind and subject mean. */
export type ThrottleKind = 'entry_terminal' | 'entry_cashier' | 'entry_store' | 'signin' | 'approval' | 'pin_store';

export interface ThrottlesTable {
  kind: ThrottleKind;
  subject: string;
  store_id: string;
  terminal_id: string | null;
  staff_id: string | null;
  failure_count: number;
  window_started_at: string;
  last_failure_at: string;
  delayed_until: string | null;
  lifted_by: string | null;
  lifted_at: string | null;
}

export type SecurityAlertKind = 'lookup_failures' | 'pin_failures';

export interface SecurityAlertsTable {
  id: string;
  store_id: string;
  kind: SecurityAlertKind;
  raised_at: string;
  last_seen_at: string;
  failure_count: number;
  dismissed_by: string | null;
  dismissed_at: string | null;
}

export interface PairingCodesTable {
  id: string;
  store_id: string;
  terminal_name: string;
  code_hmac: string;
  /** The manager's staff id, or 'admin' for the admin CLI. */
  created_by: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
  terminal_id: string | null;
}

export interface PairingAttemptsTable {
  scope: PairingAttemptScope;
  scope_id: string;
  window_started_at: string;
  failure_count: number;
  locked_until: string | null;
}

export interface ServerKeyCheckTable {
  /** Always 'server_key'. */
  id: string;
  /** HMAC-SHA256 under the server key of a fixed text (crypto/server-key-check.ts). */
  fingerprint: string;
  created_at: string;
}

export interface Database {
  stores: StoresTable;
  terminals: TerminalsTable;
  staff: StaffTable;
  sessions: SessionsTable;
  shifts: ShiftsTable;
  cards: CardsTable;
  activities: ActivitiesTable;
  redemptions: RedemptionsTable;
  idempotency_records: IdempotencyRecordsTable;
  entry_locks: EntryLocksTable;
  lockout_events: LockoutEventsTable;
  throttles: ThrottlesTable;
  security_alerts: SecurityAlertsTable;
  pairing_codes: PairingCodesTable;
  pairing_attempts: PairingAttemptsTable;
  server_key_check: ServerKeyCheckTable;
}
