/**
 * English: the default language and the reference catalog. Every key here must exist in es.ts
 * (the type checker and test/unit/renderer/i18n-catalogs.test.ts say so). Group keys by screen or
 * component; see README.md.
 */
import { ERROR_CODES, ERROR_INFO, type ErrorCode } from '../../shared/error-codes.js';

/** Error titles and next steps are written once, in shared/error-codes.ts (receipts use them too). */
const errors = Object.fromEntries(
  ERROR_CODES.map((code) => [code, { title: ERROR_INFO[code].title, nextStep: ERROR_INFO[code].nextStep }]),
) as Record<ErrorCode, { title: string; nextStep: string }>;

export const en = {
  language: {
    en: 'English',
    es: 'Español',
  },
  errors,
  errorFacts: {
    lastUsed: 'Last used: {{date}}',
    lockedUntil: 'Locked until: {{date}}',
    expiredOn: 'Expired on: {{date}}',
    balance: 'Balance: {{amount}}',
    cardRegion: 'Card region: {{region}}',
    cardCurrency: 'Card currency: {{currency}}',
    reason: 'Reason: {{reason}}',
  },
  signIn: {
    heading: 'Sign in',
    cashierId: 'Cashier ID',
    pin: 'PIN',
    submit: 'Sign in',
  },
  status: {
    region: 'Terminal status',
    cashier: 'Cashier:',
    terminal: 'Terminal:',
    shiftOpened: 'Shift opened {{date}}',
    backend: 'Backend: {{state}}',
    connection: { online: 'Online', offline: 'Offline', unknown: 'Connecting…' },
    serialScanner: 'Serial scanner: {{state}}',
    scanner: { connected: 'Connected', disconnected: 'Disconnected', not_configured: 'Not configured' },
    pendingOutcomes: 'Pending outcomes: {{count}}',
    signOut: 'Sign out',
  },
};
