/**
 * Settings → Kiosk mode against the real host in browser mode: a manager switches kiosk mode on
 * by keyboard, the host writes it to config.json (keeping the terminal key), the section says it
 * applies at the next start and, in a browser window, that it is for the installed app; a reload
 * shows the saved switch.
 */
import { test, expect } from './fixtures';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

test('a manager saves kiosk mode for the next start, by keyboard', async ({ page, demo, terminal }) => {
  const openSection = async () => {
    await page.getByRole('textbox', { name: 'Cashier ID' }).fill(demo.manager.id);
    await page.getByLabel('PIN', { exact: true }).fill(demo.manager.pin);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('button', { name: 'Settings' }).click();
    return page.getByRole('region', { name: 'Kiosk mode' });
  };
  const configFile = join(terminal.dir, 'config.json');
  const before = JSON.parse(await readFile(configFile, 'utf8')) as Record<string, unknown>;

  let section = await openSection();
  const kiosk = section.getByRole('checkbox', { name: 'Run full screen and locked (kiosk mode)' });
  await expect(kiosk).not.toBeChecked();
  await expect(
    section.getByText('Kiosk mode is off now. A change applies the next time the terminal starts.'),
  ).toBeVisible();
  await expect(
    section.getByText('Kiosk mode applies to the installed app, not to a terminal running in a browser window.'),
  ).toBeVisible();
  await expect(section.getByRole('button', { name: 'Quit the terminal' })).toHaveCount(0);

  await kiosk.focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await expect(section.getByRole('button', { name: 'Save kiosk mode' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(section.getByRole('status')).toHaveText('Saved. Kiosk mode will be on from the next start.');

  const after = JSON.parse(await readFile(configFile, 'utf8')) as Record<string, unknown>;
  expect(after).toEqual({ ...before, kiosk: true });

  // The host keeps it: after a reload the switch reads on, and this run is still not a kiosk.
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.reload();
  section = await openSection();
  await expect(section.getByRole('checkbox', { name: 'Run full screen and locked (kiosk mode)' })).toBeChecked();
  await expect(section.getByText(/^Kiosk mode is off now\./)).toBeVisible();
});
