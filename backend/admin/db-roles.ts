/**
 * PostgreSQL roles that keep the ledger append-only even for the service itself
 * (`npm run admin -- db-roles`, run by an administrator, docs/operations.md):
 * - the owner role owns every table and runs the migrations; only it could disable the
 *   ledger's triggers, so its password stays with the administrator;
 * - the service role, which the backend connects as, may SELECT and INSERT the ledger and update
 *   only the columns the code changes (a redemption's status, an idempotency record's state, a
 *   card's balance and state); it may not DELETE or TRUNCATE a ledger table, nor create or alter
 *   anything. The triggers of migration 0006 narrow the allowed updates further.
 * Idempotent: run it again after each upgrade so new tables get their grants.
 */
import pg from 'pg';
import { migrateToLatest } from '../db/migrate.js';
import { openDatabase } from '../db/database.js';
import { ApiError } from '../http/api-error.js';

export interface DbRolesInput {
  /** An administrator's connection (a superuser, or a role with CREATEROLE that owns the database). */
  databaseUrl: string;
  owner: string;
  service: string;
  ownerPassword?: string | undefined;
  servicePassword?: string | undefined;
}

/** Per ledger table: what the service may do beyond SELECT and INSERT. */
const LEDGER_UPDATES: Record<string, readonly string[]> = {
  activities: [],
  redemptions: ['status'],
  idempotency_records: ['state', 'updated_at'],
  cards: ['balance_minor', 'status', 'frozen_reason', 'activated_at', 'last_activity_at', 'ledger_seq', 'ledger_hash'],
};
/** Read only for the service: the record of which migrations ran, and the server key's fingerprint (written once). */
const READ_INSERT_ONLY = ['server_key_check'];
const READ_ONLY = ['kysely_migration', 'kysely_migration_lock'];

const ROLE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export interface DbRolesResult {
  owner: string;
  service: string;
  tables: number;
}

export async function setUpDbRoles(input: DbRolesInput): Promise<DbRolesResult> {
  for (const name of [input.owner, input.service]) {
    if (!ROLE_NAME.test(name))
      throw new ApiError('bad_request', `role name "${name}" must be lower-case letters, digits, _`);
  }
  if (input.owner === input.service) throw new ApiError('bad_request', 'owner and service must be different roles');
  const owner = pg.escapeIdentifier(input.owner);
  const service = pg.escapeIdentifier(input.service);
  const admin = new pg.Client({ connectionString: input.databaseUrl });
  await admin.connect();
  try {
    await ensureRole(admin, input.owner, input.ownerPassword);
    await ensureRole(admin, input.service, input.servicePassword);
    const { rows } = await admin.query<{ db: string }>('select current_database() as db');
    const database = pg.escapeIdentifier(rows[0]?.db ?? '');
    await admin.query(`grant connect on database ${database} to ${owner}, ${service}`);
    await admin.query(`grant usage, create on schema public to ${owner}`);
    await admin.query(`grant usage on schema public to ${service}`);
    await admin.query(`revoke create on schema public from ${service}`);
    await transferOwnership(admin, owner);
  } finally {
    await admin.end();
  }
  await migrateAs(input.databaseUrl, input.owner);
  return { owner: input.owner, service: input.service, tables: await grantService(input.databaseUrl, owner, service) };
}

async function ensureRole(admin: pg.Client, name: string, password: string | undefined): Promise<void> {
  const exists = await admin.query('select 1 from pg_roles where rolname = $1', [name]);
  const role = pg.escapeIdentifier(name);
  if (exists.rowCount === 0) await admin.query(`create role ${role} login`);
  if (password !== undefined && password !== '')
    await admin.query(`alter role ${role} password ${pg.escapeLiteral(password)}`);
}

/** Every table and trigger function of the schema becomes the owner's (migrations made them as the administrator). */
async function transferOwnership(admin: pg.Client, owner: string): Promise<void> {
  const tables = await admin.query<{ name: string }>(
    `select tablename as name from pg_tables where schemaname = 'public'`,
  );
  for (const { name } of tables.rows) await admin.query(`alter table ${pg.escapeIdentifier(name)} owner to ${owner}`);
  const functions = await admin.query<{ name: string }>(
    `select p.proname as name from pg_proc p join pg_namespace n on n.oid = p.pronamespace
     where n.nspname = 'public' and p.proname like 'tillcard\\_%'`,
  );
  for (const { name } of functions.rows)
    await admin.query(`alter function ${pg.escapeIdentifier(name)}() owner to ${owner}`);
}

/** Runs pending migrations with the owner's rights, so what they create is the owner's. */
async function migrateAs(databaseUrl: string, ownerName: string): Promise<void> {
  const opened = await openDatabase({ databaseUrl, dataDir: ':memory:', poolSize: 1, migrate: false });
  try {
    opened.pgPool?.on('connect', (client) => {
      void client.query(`set role ${pg.escapeIdentifier(ownerName)}`);
    });
    await migrateToLatest(opened.db as never);
  } finally {
    await opened.close();
  }
}

async function grantService(databaseUrl: string, owner: string, service: string): Promise<number> {
  const admin = new pg.Client({ connectionString: databaseUrl });
  await admin.connect();
  try {
    const tables = await admin.query<{ name: string }>(
      `select tablename as name from pg_tables where schemaname = 'public'`,
    );
    for (const { name } of tables.rows) {
      const table = pg.escapeIdentifier(name);
      await admin.query(`alter table ${table} owner to ${owner}`);
      await admin.query(`revoke all on ${table} from ${service}`);
      const updates = LEDGER_UPDATES[name];
      if (updates !== undefined) {
        await admin.query(`grant select, insert on ${table} to ${service}`);
        if (updates.length > 0)
          await admin.query(
            `grant update (${updates.map((c) => pg.escapeIdentifier(c)).join(', ')}) on ${table} to ${service}`,
          );
      } else if (READ_INSERT_ONLY.includes(name)) {
        await admin.query(`grant select, insert on ${table} to ${service}`);
      } else if (READ_ONLY.includes(name)) {
        await admin.query(`grant select on ${table} to ${service}`);
      } else {
        // Working tables (staff, shifts, sessions, locks, pairing): the service keeps them.
        await admin.query(`grant select, insert, update, delete on ${table} to ${service}`);
      }
    }
    return tables.rows.length;
  } finally {
    await admin.end();
  }
}
