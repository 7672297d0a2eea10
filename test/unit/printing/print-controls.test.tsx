import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeCode } from '../../fixtures/fake-terminal-api.js';
import { renderApp } from '../renderer/render-app.js';
import { enterCode } from '../renderer/render-app.js';
import type { PrinterStatus } from '../../../shared/receipt/printing-api.js';

async function redeemWithPrinter(printer: Partial<PrinterStatus>) {
  const app = await renderApp();
  Object.assign(app.api.printer.status, printer);
  await app.store.getState().refreshPrinter();
  const code = app.api.addCard(fakeCode(3), { balanceMinor: 5_000 });
  await enterCode(app.user, code);
  await screen.findByRole('heading', { name: 'Card found' });
  await app.user.click(screen.getByRole('button', { name: 'Full balance' }));
  await app.user.click(screen.getByRole('button', { name: 'Confirm redemption' }));
  await screen.findByRole('heading', { name: 'Approved' });
  return app;
}

describe('receipt printing after an approved redemption', () => {
  it('prints once by itself when the policy is always', async () => {
    const { api } = await redeemWithPrinter({ autoPrint: 'always' });
    await screen.findByText('Receipt sent to the printer');
    expect(api.printer.printed).toEqual(['receipt:rdm_0001']);
    expect(screen.queryByRole('button', { name: 'Print receipt' })).toBeNull();
  });

  it('waits for Print receipt when the policy is ask, then offers a reprint', async () => {
    const { api, user } = await redeemWithPrinter({ autoPrint: 'ask' });
    expect(api.printer.printed).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Print receipt' }));
    await user.click(await screen.findByRole('button', { name: 'Reprint last receipt' }));
    expect(api.printer.printed).toEqual(['receipt:rdm_0001', 'reprint']);
  });

  it('paper out: says so, keeps the approval on screen, and Retry printing sends the receipt', async () => {
    const { api, user } = await redeemWithPrinter({
      autoPrint: 'always',
      condition: 'paper_out',
      message: 'Printer is out of paper — load a new roll, then press Retry printing',
    });
    expect(await screen.findByRole('alert')).toHaveProperty(
      'textContent',
      'Printer is out of paper — load a new roll, then press Retry printing (1 receipt waiting)',
    );
    expect(screen.getByRole('heading', { name: 'Approved' })).toBeTruthy();

    api.printer.status = { ...api.printer.status, condition: 'ready', message: 'Printer ready' };
    await user.click(screen.getByRole('button', { name: 'Retry printing' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Retry printing' })).toBeNull());
    expect(api.printer.printed).toEqual(['receipt:rdm_0001', 'retry']);
    expect(api.calls.redeem).toHaveLength(1);
  });
});

describe('balance slip', () => {
  it('prints a slip for the card just checked, on request only', async () => {
    const app = await renderApp();
    const code = app.api.addCard(fakeCode(5), { balanceMinor: 1_234 });
    await app.user.click(screen.getByRole('tab', { name: 'Check balance' }));
    await enterCode(app.user, code);
    await screen.findByRole('heading', { name: 'Card balance' });
    expect(app.api.printer.printed).toEqual([]);
    await app.user.click(screen.getByRole('button', { name: 'Print balance slip' }));
    await waitFor(() => expect(app.api.printer.printed).toEqual(['slip']));
    expect(app.api.calls.printBalanceSlip).toEqual([{ code }]);
  });
});
