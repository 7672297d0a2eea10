import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ScannerSettingsForm } from '../../../renderer/components/settings/ScannerSettingsForm.js';
import type { ScannerSettingsView } from '../../../shared/scanner-settings.js';
import { FAKE_MANAGER } from '../../fixtures/fake-terminal-api.js';
import { renderApp } from './render-app.js';

async function openScannerSettings() {
  const app = await renderApp({ signedIn: false });
  await app.user.type(screen.getByRole('textbox', { name: 'Cashier ID' }), FAKE_MANAGER.id);
  await app.user.type(screen.getByLabelText('PIN', { exact: true }), `${FAKE_MANAGER.pin}{Enter}`);
  await screen.findByRole('heading', { name: 'Redeem gift card' });
  await app.user.click(screen.getByRole('button', { name: 'Settings' }));
  await screen.findByRole('heading', { name: 'Scanner' });
  return app;
}

const portField = () => screen.getByRole('combobox', { name: 'Serial scanner port' });

describe('Settings → Scanner', { timeout: 20_000 }, () => {
  it('names each invalid field and saves nothing until the form is valid', async () => {
    const app = await openScannerSettings();
    await app.user.type(portField(), 'ttyUSB0');
    await app.user.selectOptions(screen.getByRole('combobox', { name: 'Each read ends with' }), 'suffix');
    await app.user.click(screen.getByRole('button', { name: 'Save scanner settings' }));

    expect(
      screen.getByRole('combobox', {
        name: 'Serial scanner port',
        description: /Enter the full path of the scanner’s port, starting with \//,
      }),
    ).toBe(portField());
    expect(portField().getAttribute('aria-invalid')).toBe('true');
    // The first field to fix takes the focus, and a note beside Save names every field to fix.
    expect(portField()).toBe(document.activeElement);
    expect(screen.getByRole('alert').textContent).toBe('Not saved. Fix: Serial scanner port, Suffix characters.');
    expect(
      screen.getByRole('textbox', {
        name: 'Suffix characters',
        description: 'Enter the 1 to 8 characters the scanner ends each read with.',
      }),
    ).toBeTruthy();
    expect(app.api.calls.saveScannerSettings).toHaveLength(0);

    // Fixing a field clears its message.
    await app.user.clear(portField());
    await app.user.type(portField(), '/dev/ttyUSB0');
    expect(portField().getAttribute('aria-invalid')).toBe('false');
  });

  it('saves a port from the list, the baud rate and the framing, and says so', async () => {
    const app = await openScannerSettings();
    // The host's port list is offered, and any other port can be typed.
    expect(document.querySelector(`#${portField().getAttribute('list') ?? ''} option`)?.getAttribute('value')).toBe(
      '/dev/ttyACM0',
    );
    await app.user.type(portField(), '/dev/ttyACM0');
    await app.user.selectOptions(screen.getByRole('combobox', { name: 'Baud rate' }), '19200');
    await app.user.selectOptions(screen.getByRole('combobox', { name: 'Each read ends with' }), 'CRLF');
    await app.user.click(screen.getByRole('button', { name: 'Save scanner settings' }));

    expect(await screen.findByText('Scanner settings saved. The scanner was reopened with them.')).toBeTruthy();
    expect(app.api.calls.saveScannerSettings).toEqual([
      {
        serial: { port: '/dev/ttyACM0', baudRate: 19200, framing: 'CRLF', idleMs: 50 },
        wedge: { prefix: '', suffix: '', maxAverageCharMs: 40, minLength: 8 },
      },
    ]);
    // The form now shows what the terminal stored.
    expect(portField()).toHaveProperty('value', '/dev/ttyACM0');
    expect(screen.getByRole('combobox', { name: 'Baud rate' })).toHaveProperty('value', '19200');
  });

  it('takes any device path the terminal has, and says beside the field when nothing is there', async () => {
    const app = await openScannerSettings();
    await app.user.type(portField(), '/dev/serial/by-id/usb-Honeywell_Xenon_1900-if00-missing');
    const pause = screen.getByRole('textbox', { name: 'Pause that ends a read, ms' });
    await app.user.clear(pause);
    await app.user.type(pause, '80');
    await app.user.click(screen.getByRole('button', { name: 'Save scanner settings' }));
    expect(
      await screen.findByRole('combobox', {
        name: 'Serial scanner port',
        description: new RegExp(
          '^Nothing is connected at /dev/serial/by-id/usb-Honeywell_Xenon_1900-if00-missing on this terminal\\. Plug the scanner in, pick a port from the list, or check the path\\.',
        ),
      }),
    ).toBe(document.activeElement);
    expect(screen.getByRole('alert').textContent).toBe('Not saved. Fix: Serial scanner port.');
    expect(screen.queryByText('Scanner settings saved. The scanner was reopened with them.')).toBeNull();

    // A by-id link is any other path: saved as typed.
    await app.user.type(portField(), '{Backspace>8}');
    await app.user.click(screen.getByRole('button', { name: 'Save scanner settings' }));
    await screen.findByText('Scanner settings saved. The scanner was reopened with them.');
    expect(app.api.calls.saveScannerSettings.at(-1)?.serial).toEqual({
      port: '/dev/serial/by-id/usb-Honeywell_Xenon_1900-if00',
      baudRate: 9600,
      framing: 'CR',
      idleMs: 80,
    });
    expect(portField().getAttribute('aria-invalid')).toBe('false');
  });

  it('checks the pause that ends a read', async () => {
    const app = await openScannerSettings();
    const pause = screen.getByRole('textbox', { name: 'Pause that ends a read, ms' });
    expect(pause).toHaveProperty('value', '50');
    await app.user.type(portField(), '/dev/ttyACM0');
    await app.user.clear(pause);
    await app.user.type(pause, '5');
    await app.user.click(screen.getByRole('button', { name: 'Save scanner settings' }));
    expect(
      screen.getByRole('textbox', {
        name: 'Pause that ends a read, ms',
        description: 'Enter a whole number of milliseconds from 10 to 1000; 50 suits most scanners.',
      }),
    ).toBe(document.activeElement);
    expect(app.api.calls.saveScannerSettings).toHaveLength(0);
  });

  it('saves "no serial scanner" for an empty port, whatever else is set', async () => {
    const app = await openScannerSettings();
    await app.user.selectOptions(screen.getByRole('combobox', { name: 'Each read ends with' }), 'suffix');
    await app.user.click(screen.getByRole('button', { name: 'Save scanner settings' }));
    await screen.findByText('Scanner settings saved. The scanner was reopened with them.');
    expect(app.api.calls.saveScannerSettings).toEqual([
      { serial: null, wedge: { prefix: '', suffix: '', maxAverageCharMs: 40, minLength: 8 } },
    ]);
  });

  it('checks the keyboard-wedge settings and hands them to the redeem screen once saved', async () => {
    const app = await openScannerSettings();
    const slowest = screen.getByRole('textbox', { name: 'Slowest scan, ms per character' });
    const shortest = screen.getByRole('textbox', { name: 'Shortest scan, characters' });
    await app.user.clear(slowest);
    await app.user.type(slowest, '200');
    await app.user.clear(shortest);
    await app.user.type(shortest, 'x');
    await app.user.type(screen.getByRole('textbox', { name: 'Extra end character (besides Enter and Tab)' }), '##');
    await app.user.click(screen.getByRole('button', { name: 'Save scanner settings' }));

    expect(
      screen.getByRole('textbox', {
        name: 'Slowest scan, ms per character',
        description: 'Enter a whole number of milliseconds from 5 to 50.',
      }),
    ).toBe(slowest);
    expect(
      screen.getByRole('textbox', {
        name: 'Shortest scan, characters',
        description: 'Enter a whole number of characters from 4 to 30.',
      }),
    ).toBe(shortest);
    expect(
      screen.getByRole('textbox', {
        name: 'Extra end character (besides Enter and Tab)',
        description: 'Enter one character, or leave it empty: Enter and Tab always end a read.',
      }),
    ).toBeTruthy();
    expect(app.api.calls.saveScannerSettings).toHaveLength(0);

    await app.user.clear(slowest);
    await app.user.type(slowest, '25');
    await app.user.clear(shortest);
    await app.user.type(shortest, '12');
    const suffix = screen.getByRole('textbox', { name: 'Extra end character (besides Enter and Tab)' });
    await app.user.clear(suffix);
    await app.user.type(suffix, '#');
    await app.user.type(screen.getByRole('textbox', { name: 'Prefix the scanner sends' }), '~');
    await app.user.click(screen.getByRole('button', { name: 'Save scanner settings' }));
    await screen.findByText('Scanner settings saved. The scanner was reopened with them.');
    expect(app.store.getState().wedgeOptions).toEqual({
      prefix: '~',
      suffix: '#',
      maxAverageCharMs: 25,
      minLength: 12,
    });
  });

  it('shows the environment overrides and why there is no port list', async () => {
    const view: ScannerSettingsView = {
      serial: { port: '/dev/ttyS0', baudRate: 9600, framing: { suffix: '#' } },
      wedge: { prefix: '', suffix: '', maxAverageCharMs: 40, minLength: 8 },
      overriddenByEnvironment: ['port', 'framing'],
      ports: [],
      portListProblem: 'cannot list serial ports: udevadm not found',
    };
    const onSave = vi.fn();
    render(<ScannerSettingsForm view={view} busy={false} onSave={onSave} />);
    expect(
      screen.getByRole('combobox', {
        name: 'Serial scanner port',
        description: /TILLCARD_SCANNER_PORT.*udevadm not found\): type the port\./,
      }),
    ).toHaveProperty('value', '/dev/ttyS0');
    expect(
      screen.getByRole('textbox', { name: 'Suffix characters', description: /TILLCARD_SCANNER_SUFFIX/ }),
    ).toHaveProperty('value', '#');
    expect(screen.getByRole('combobox', { name: 'Baud rate' }).getAttribute('aria-describedby')).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: 'Save scanner settings' }));
    expect(onSave).toHaveBeenCalledWith(
      { port: '/dev/ttyS0', baudRate: 9600, framing: { suffix: '#' }, idleMs: 50 },
      { prefix: '', suffix: '', maxAverageCharMs: 40, minLength: 8 },
    );
  });
});
