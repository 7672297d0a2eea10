import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ShiftReportResponse } from '../../../shared/backend-api.js';
import { ReportTables } from '../../../renderer/components/manager/ReportTables.js';
import { FAKE_STORE } from '../../fixtures/fake-terminal-api.js';
import '../../../renderer/i18n/index.js';

const EMPTY_REPORT: ShiftReportResponse = { store: FAKE_STORE, shifts: [], byCashier: [], byTerminal: [] };
const HOURS = { buckets: [], day: '2026-11-22' };

describe('the dashboard’s report tables', () => {
  it('has no Security tab until the dashboard gives it a panel', () => {
    render(<ReportTables report={EMPTY_REPORT} activities={[]} hours={HOURS} oneDay />);
    const tabs = within(screen.getByRole('tablist', { name: 'Report tables' })).getAllByRole('tab');
    expect(tabs.map((tab) => tab.textContent)).toEqual(['Shifts', 'By cashier', 'By terminal', 'Per hour']);
  });

  it('shows the given security panel in its own tab, reached by the arrow keys like the others', async () => {
    const user = userEvent.setup();
    render(
      <ReportTables report={EMPTY_REPORT} activities={[]} hours={HOURS} oneDay security={<p>Two alerts waiting</p>} />,
    );
    expect(screen.queryByText('Two alerts waiting')).toBeNull();
    screen.getByRole('tab', { name: 'Per hour' }).focus();
    await user.keyboard('{ArrowRight}');
    const security = screen.getByRole('tab', { name: 'Security' });
    expect(security.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(security);
    expect(within(screen.getByRole('tabpanel')).getByText('Two alerts waiting')).toBeTruthy();
    // From the last tab, the next is the first again.
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Shifts' }).getAttribute('aria-selected')).toBe('true');
  });
});
