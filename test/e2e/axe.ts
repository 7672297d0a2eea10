import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export const THEMES = ['standard', 'high-contrast'] as const;

/**
 * Runs axe on what is on screen now and lists every serious or critical violation: every WCAG 2.1
 * A/AA rule in the standard theme, then the colour rules in the high-contrast one (a theme changes
 * colours only, so the structural rules would repeat the first run's answer).
 */
export async function expectAccessible(page: Page, screenName: string): Promise<void> {
  for (const theme of THEMES) {
    // Set directly, so the check does not move focus or close what is open (the button is tested elsewhere).
    await page.evaluate((name) => (document.documentElement.dataset.theme = name), theme);
    const builder = new AxeBuilder({ page });
    if (theme === 'standard') builder.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
    else builder.withRules(['color-contrast', 'link-in-text-block']);
    const results = await builder.analyze();
    const serious = results.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map(
        (violation) =>
          `${violation.id}: ${violation.help} — ${violation.nodes
            .slice(0, 3)
            .map((node) => node.target.join(' '))
            .join(', ')}`,
      );
    expect(serious, `serious or critical violations on ${screenName} (${theme} theme)`).toEqual([]);
  }
  await page.evaluate(() => (document.documentElement.dataset.theme = 'standard'));
}
