/**
 * The demo store, its staff and its cards. The card codes are fixed (each passes its check
 * character) so a printed demo card sheet works against every fresh demo database. They are
 * public by design: never issue them in a real store.
 */
export const DEMO_STORE = {
  id: 'sto_demo',
  name: 'Tillcard Demo Store',
  address: '1 Demo Plaza, New York, NY',
  region: 'US',
  currency: 'USD',
  timezone: 'America/New_York',
  locale: 'en-US',
} as const;

export const DEMO_TERMINAL = { id: 'trm_demo', name: 'Demo till 1' } as const;
export const DEMO_CASHIER = { id: '1001', name: 'Casey Cashier', pin: '1234' } as const;
export const DEMO_MANAGER = { id: '9001', name: 'Morgan Manager', pin: '9876' } as const;

export interface DemoCardSpec {
  code: string;
  /** What the card shows at the terminal, for the card sheet and for people reading the output. */
  label: string;
  amountMinor: number;
  region: string;
  currency: string;
  /** How the card is left after seeding. */
  state: 'active' | 'inactive' | 'frozen' | 'used_up';
  frozenReason?: string;
}

export const DEMO_CARDS: readonly DemoCardSpec[] = [
  {
    code: 'DEM0ACT05000010',
    label: 'active, $50.00',
    amountMinor: 5000,
    region: 'US',
    currency: 'USD',
    state: 'active',
  },
  {
    code: 'DEM0ACT0250002Q',
    label: 'active, $25.00',
    amountMinor: 2500,
    region: 'US',
    currency: 'USD',
    state: 'active',
  },
  {
    code: 'DEM0ACT1000003Z',
    label: 'active, $100.00',
    amountMinor: 10000,
    region: 'US',
    currency: 'USD',
    state: 'active',
  },
  { code: 'DEM0ACT7P50004H', label: 'active, $7.50', amountMinor: 750, region: 'US', currency: 'USD', state: 'active' },
  {
    code: 'DEM0NEWCRD00052',
    label: 'not activated',
    amountMinor: 2000,
    region: 'US',
    currency: 'USD',
    state: 'inactive',
  },
  {
    code: 'DEM0FR0ZEN0006Z',
    label: 'frozen: reported stolen',
    amountMinor: 3000,
    region: 'US',
    currency: 'USD',
    state: 'frozen',
    frozenReason: 'reported stolen',
  },
  { code: 'DEM0SPENT00007W', label: 'used up', amountMinor: 1500, region: 'US', currency: 'USD', state: 'used_up' },
  {
    code: 'DEM0CANADA00089',
    label: 'Canadian card (CA, CAD)',
    amountMinor: 4000,
    region: 'CA',
    currency: 'CAD',
    state: 'active',
  },
];
