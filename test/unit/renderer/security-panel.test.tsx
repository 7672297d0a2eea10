import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SecurityPanel } from '../../../renderer/components/manager/SecurityPanel.js';
import { createAppStore } from '../../../renderer/store/app-store.js';
import { StoreProvider } from '../../../renderer/store/store-context.js';
import { createFakeTerminalApi, FAKE_MANAGER } from '../../fixtures/fake-terminal-api.js';
import { renderApp } from './render-app.js';

async function renderPanel() {
  const api = createFakeTerminalApi({ signedIn: true });
  const store = createAppStore(api);
  const user = userEvent.setup();
  render(
    <StoreProvider store={store}>
      <SecurityPanel />
    </StoreProvider>,
  );
  const panel = await screen.findByRole('region', { name: 'Security' });
  await within(panel).findByText(/Many unknown card codes/);
  return { api, user, panel };
}

describe('security panel', () => {
  it('shows the store alert and the running waits, and dismisses the alert', async () => {
    const { api, user, panel } = await renderPanel();
    expect(within(panel).getByText(/^Many unknown card codes across the store: 20 since Nov 22, 2026/)).toBeTruthy();
    expect(within(panel).getByText('Code entry on Till 2')).toBeTruthy();
    expect(within(panel).getByText('Sign-in of Alex on Till 3')).toBeTruthy();

    await user.click(within(panel).getByRole('button', { name: /^Dismiss alert: Many unknown card codes/ }));
    expect(await within(panel).findByText('No alerts.')).toBeTruthy();
    expect(api.calls.dismissSecurityAlert).toEqual([{ alertId: 'sal_1' }]);
  });

  it('lifts one wait and keeps the others', async () => {
    const { api, user, panel } = await renderPanel();
    await user.click(within(panel).getByRole('button', { name: 'Lift wait: Sign-in of Alex on Till 3' }));
    await screen.findByText('Code entry on Till 2');
    expect(within(panel).queryByText('Sign-in of Alex on Till 3')).toBeNull();
    expect(api.calls.liftDelay).toEqual([{ kind: 'signin', subject: 'terminal-3 1001' }]);
  });
});

describe('security hint in the status bar', () => {
  it('tells a signed-in manager about open alerts, and says nothing to a cashier', async () => {
    const cashier = await renderApp();
    const footer = screen.getByRole('contentinfo', { name: 'Terminal status' });
    expect(within(footer).queryByRole('button', { name: /security alert/ })).toBeNull();
    expect(cashier.api.calls.securityOverview).toHaveLength(0);
    cashier.view.unmount();

    const { user } = await renderApp({ signedIn: false });
    await user.type(screen.getByRole('textbox', { name: 'Cashier ID' }), FAKE_MANAGER.id);
    await user.type(screen.getByLabelText('PIN'), `${FAKE_MANAGER.pin}{Enter}`);
    const managerFooter = await screen.findByRole('contentinfo', { name: 'Terminal status' });
    expect(await within(managerFooter).findByRole('button', { name: '1 security alert' })).toBeTruthy();
  });

  it('opens the manager view on its Security tab, with the alert in view', async () => {
    const { user } = await renderApp({ signedIn: false });
    await user.type(screen.getByRole('textbox', { name: 'Cashier ID' }), FAKE_MANAGER.id);
    await user.type(screen.getByLabelText('PIN'), `${FAKE_MANAGER.pin}{Enter}`);
    const footer = await screen.findByRole('contentinfo', { name: 'Terminal status' });
    await user.click(await within(footer).findByRole('button', { name: '1 security alert' }));
    expect(await screen.findByRole('tab', { name: 'Security', selected: true })).toBeTruthy();
  });
});
