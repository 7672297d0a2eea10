import type { Store } from '../../shared/backend-api.js';
import type { AuthTerminal } from '../auth/auth.types.js';
import type { BackendContext } from '../context.js';
import { findCardByHmac } from '../cards/card.repository.js';
import { codeHmac } from '../crypto/hashing.js';
import type { Trx } from '../db/transaction.js';
import { ADMIN_TAGS } from '../manager/activity-tags.js';
import { freezeCard } from '../manager/card-state.service.js';
import { ApiError } from '../http/api-error.js';
import { findStore } from '../stores/store.service.js';
import { createTerminal, rotateTerminalKey, terminalExists } from '../terminals/terminal.service.js';
import { issueCardWithCode } from './card-admin.js';
import { DEMO_CARDS, DEMO_CASHIER, DEMO_MANAGER, DEMO_STORE, DEMO_TERMINAL, type DemoCardSpec } from './demo-data.js';
import { spendCard } from './demo-spend.js';
import { createStaff } from '../staff/staff.service.js';
import { findStaff } from './staff-admin.js';
import { addStore } from './store-admin.js';

export interface DemoCard {
  code: string;
  label: string;
  status: string;
  region: string;
  currency: string;
  balanceMinor: number;
}

export interface DemoSeed {
  store: Store;
  terminal: { id: string; name: string; key: string };
  cashier: { id: string; name: string; pin: string };
  manager: { id: string; name: string; pin: string };
  cards: DemoCard[];
}

/**
 * Seeds the demo store, terminal, cashier, manager and cards, or finds them from an earlier run:
 * a second run reuses everything, except the terminal key, which is issued afresh (the old key is
 * refused from then on), because keys are stored only as hashes and cannot be shown again.
 */
export async function seedDemo(ctx: BackendContext): Promise<DemoSeed> {
  const staff = [
    [DEMO_CASHIER, 'cashier'],
    [DEMO_MANAGER, 'manager'],
  ] as const;
  // Checked before anything is written: a real store's staff id must not be taken over.
  for (const [person, role] of staff) {
    const existing = await findStaff(ctx, person.id);
    if (existing !== undefined && (existing.storeId !== DEMO_STORE.id || existing.role !== role)) {
      throw new ApiError(
        'bad_request',
        `staff id ${person.id} is taken by a ${existing.role} of store ${existing.storeId}`,
      );
    }
  }
  const store = (await findStore(ctx.database.db, DEMO_STORE.id)) ?? (await addStore(ctx, { ...DEMO_STORE }));
  const key = (await terminalExists(ctx, DEMO_TERMINAL.id))
    ? await rotateTerminalKey(ctx, DEMO_TERMINAL.id)
    : (await createTerminal(ctx, { ...DEMO_TERMINAL, storeId: store.id })).key;
  for (const [person, role] of staff) {
    // Not addStaff: the demo manager's PIN is printed on screen anyway, and stays 4 digits so
    // demo instructions keep working; the staff list flags it like any short manager PIN.
    if ((await findStaff(ctx, person.id)) === undefined) await createStaff(ctx, { storeId: store.id, ...person, role });
  }
  const terminal: AuthTerminal = { id: DEMO_TERMINAL.id, name: DEMO_TERMINAL.name, store };
  const cards: DemoCard[] = [];
  for (const spec of DEMO_CARDS) cards.push(await seedCard(ctx, terminal, spec));
  return {
    store,
    terminal: { id: DEMO_TERMINAL.id, name: DEMO_TERMINAL.name, key },
    cashier: { ...DEMO_CASHIER },
    manager: { ...DEMO_MANAGER },
    cards,
  };
}

/** Creates one demo card in its labelled state, unless it exists; answers its state as stored now. */
async function seedCard(ctx: BackendContext, terminal: AuthTerminal, spec: DemoCardSpec): Promise<DemoCard> {
  const hmac = codeHmac(ctx.config.serverKey, spec.code);
  if ((await findCardByHmac(ctx.database.db, hmac)) === undefined) {
    const program = { amountMinor: spec.amountMinor, currency: spec.currency, region: spec.region };
    await issueCardWithCode(ctx, spec.code, { ...program, status: spec.state === 'inactive' ? 'inactive' : 'active' });
    if (spec.state === 'frozen') {
      // Inside the transaction: on SQLite, the database outside it waits for the transaction to end.
      const findCard = async (trx: Trx) =>
        (await findCardByHmac(trx, hmac)) ?? Promise.reject(new Error('demo card vanished'));
      await freezeCard(ctx, { findCard, reason: spec.frozenReason ?? 'demo', tags: ADMIN_TAGS });
    }
    if (spec.state === 'used_up') await spendCard(ctx, terminal, DEMO_CASHIER.id, spec.code, spec.currency);
  }
  const card = await findCardByHmac(ctx.database.db, hmac);
  if (card === undefined) throw new Error('demo card missing after seeding');
  return {
    code: spec.code,
    label: spec.label,
    status: card.status,
    region: card.region,
    currency: card.currency,
    balanceMinor: Number(card.balance_minor),
  };
}
