/** What `npm start` prints for the person at the keyboard: where to go and what to try. */
import { formatCode, normalizeCode } from '../../shared/claim-code.js';
import { formatMoney } from '../../shared/money.js';
import type { DemoData } from './demo-seed.js';

export function demoBanner(terminalUrl: string, demo: DemoData, mode: string): string {
  const width = Math.max(...demo.cards.map((card) => formatCode(normalizeCode(card.code)).length), 17);
  const cards = demo.cards.map((card) => {
    const code = formatCode(normalizeCode(card.code)).padEnd(width);
    const balance = formatMoney(card.balanceMinor, card.currency);
    // The seed labels some cards ("frozen: reported stolen", "used up"); "active, $50.00" adds nothing.
    const label = typeof card.label === 'string' && !card.label.startsWith(`${card.status},`) ? `  ${card.label}` : '';
    return `    ${code}  ${card.status.padEnd(8)}  ${balance.padStart(9)}${label}`;
  });
  return [
    '',
    `Tillcard terminal (${mode}): ${terminalUrl}`,
    '',
    `  Cashier: ID ${demo.cashier.id}, PIN ${demo.cashier.pin}`,
    `  Manager: ID ${demo.manager.id}, PIN ${demo.manager.pin}`,
    '',
    '  Demo cards (type or scan one):',
    ...cards,
    '',
    'Press Ctrl-C to stop.',
    '',
  ].join('\n');
}
