import { describe, expect, it } from 'vitest';
import type { ShiftReportResponse } from '../../../shared/backend-api.js';
import { renderEscPos } from '../../../electron/host/printing/render-receipt.js';
import { storeShiftReport, type StoreReportInput } from '../../../shared/receipt/store-report.js';
import { escposToText, receiptsIn } from '../../fixtures/escpos-text.js';
import { context, FULL_CODE, store, totals } from './receipt-fixtures.js';

const shift = (id: string, cashierId: string, terminalId: string, closedAt: string | null) => ({
  id,
  storeId: 'store-1',
  terminalId,
  cashierId,
  status: closedAt ? ('closed' as const) : ('open' as const),
  openedAt: '2026-11-22T14:00:00.000Z',
  closedAt,
});

const casey = totals({ redemptionCount: 3, redeemedMinor: 4_500, voidCount: 1, voidedMinor: 500, netMinor: 4_000 });
const robin = totals({ redemptionCount: 1, redeemedMinor: 1_250, netMinor: 1_250 });
const report: ShiftReportResponse = {
  store: store(),
  shifts: [
    {
      shift: shift('shift-1', '1001', 'terminal-1', '2026-11-22T21:00:00.000Z'),
      cashierName: 'Casey Jones',
      terminalName: 'Till 1',
      totals: casey,
    },
    {
      shift: shift('shift-2', '1002', 'terminal-2', null),
      cashierName: 'Robin Lee',
      terminalName: 'Till 2',
      totals: robin,
    },
  ],
  byCashier: [
    { cashierId: '1001', cashierName: 'Casey Jones', totals: casey },
    { cashierId: '1002', cashierName: 'Robin Lee', totals: robin },
  ],
  byTerminal: [
    { terminalId: 'terminal-1', terminalName: 'Till 1', totals: casey },
    { terminalId: 'terminal-2', terminalName: 'Till 2', totals: robin },
  ],
};
const input: StoreReportInput = {
  report,
  activities: [
    {
      id: 'act-1',
      kind: 'redeem',
      amountMinor: 500,
      card: { last4: FULL_CODE.slice(-4) },
      shiftId: 'shift-1',
      createdAt: '2026-11-22T15:00:00.000Z',
    },
    {
      id: 'act-2',
      kind: 'void',
      amountMinor: 500,
      card: { last4: FULL_CODE.slice(-4) },
      shiftId: 'shift-1',
      createdAt: '2026-11-22T15:10:00.000Z',
    },
  ],
  from: '2026-11-22T05:00:00.000Z',
  to: '2026-11-23T05:00:00.000Z',
  printedAt: '2026-11-22T22:00:00.000Z',
};

const printedLines = (text: string) => text.split('\n').map((line) => line.replace(/\s+$/, ''));
/** The lines between a section's title and the next rule. */
function section(lines: string[], title: string): string[] {
  const start = lines.findIndex((line) => line.trim() === title);
  expect(start, `section ${title}`).toBeGreaterThanOrEqual(0);
  const end = lines.findIndex((line, index) => index > start && /^(-+|\[cut\])$/.test(line));
  return lines.slice(start + 1, end);
}

describe.each([32, 48] as const)('the store shift report at %i columns', (columns) => {
  const bytes = renderEscPos(storeShiftReport(context(), input), columns);
  const text = escposToText(bytes);
  const lines = printedLines(text);

  it('is one receipt, every line within the paper width', () => {
    expect(receiptsIn(bytes)).toHaveLength(1);
    for (const line of lines.filter((line) => !line.startsWith('[')))
      expect([...line].length).toBeLessThanOrEqual(columns);
  });

  it('gives the period in store time, and the net per cashier and per terminal on the right margin', () => {
    expect(text).toContain('Store shift report');
    expect(text).toMatch(/From\s+Nov 22, 2026, 12:00\sAM\n/);
    expect(text).toMatch(/Until\s+Nov 23, 2026, 12:00\sAM\n/);
    expect(text).toMatch(/Shifts\s+2\n/);
    const byCashier = section(lines, 'By cashier');
    expect(byCashier).toEqual([
      expect.stringMatching(/^Casey Jones\s+\$40\.00$/),
      expect.stringMatching(/Redeemed \(3\)\s+\$45\.00$/),
      expect.stringMatching(/Voided \(1\)\s+\$5\.00$/),
      expect.stringMatching(/^Robin Lee\s+\$12\.50$/),
      expect.stringMatching(/Redeemed \(1\)\s+\$12\.50$/),
    ]);
    for (const line of byCashier) expect(line).toHaveLength(columns);
    const byTerminal = section(lines, 'By terminal');
    expect(byTerminal[0]).toMatch(/^Till 1\s+\$40\.00$/);
    expect(byTerminal[3]).toMatch(/^Till 2\s+\$12\.50$/);
  });

  it('lists each shift with its hours, and each void with its card masked', () => {
    const shifts = section(lines, 'Shifts').join('\n');
    expect(shifts).toMatch(/Casey Jones, Till 1\s+\$40\.00/);
    expect(shifts).toMatch(/Opened\s+Nov 22, 2026, 9:00\sAM\nClosed\s+Nov 22, 2026, 4:00\sPM\n/);
    expect(shifts).toMatch(/Robin Lee, Till 2\s+\$12\.50/);
    expect(shifts).toMatch(/Opened\s+Nov 22, 2026, 9:00\sAM\nClosed\s+still open$/);
    const voids = section(lines, 'Voids');
    expect(voids[0]).toMatch(/^Voids \(1\)\s+\$5\.00$/);
    expect(voids[1]).toMatch(new RegExp(`•••• ${FULL_CODE.slice(-4)}\\s+\\$5\\.00$`));
    expect(voids[2]).toMatch(/^Nov 22, 2026, 10:10\sAM$/);
    expect(voids[3]).toMatch(/^Cashier\s+Casey Jones$/);
    expect(text).not.toContain(FULL_CODE);
  });
});

it('says so when the period has no shifts', () => {
  const empty = { ...report, shifts: [], byCashier: [], byTerminal: [] };
  const text = escposToText(renderEscPos(storeShiftReport(context(), { ...input, report: empty, activities: [] }), 32));
  expect(text).toContain('No shifts in this period.');
  expect(text).not.toContain('By cashier');
});
