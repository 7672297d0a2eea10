// Runs @doyensec/electronegativity over the Electron sources (electron/) and fails on any finding
// above INFORMATIONAL that is not in the reviewed list below. Each reviewed finding is explained in
// docs/security.md; it is still printed, so a reader sees it on every run.
// Usage: node scripts/electronegativity.mjs [input folder]  (exit 1 on an unreviewed finding)
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

const require = createRequire(import.meta.url);
const electronegativity = require('@doyensec/electronegativity');

/**
 * Findings a person has reviewed and accepted: check id, file, severity and confidence must all
 * match (and the source line, where one is given), so a stronger finding of the same check (a CSP
 * made weaker, say) or the same finding on another window still fails.
 */
export const REVIEWED = [
  {
    id: 'CSP_GLOBAL_CHECK',
    file: 'security.ts',
    severity: 'LOW',
    confidence: 'FIRM',
    reason:
      "the CSP's only script source is 'self' (app://tillcard), which serves the built renderer and nothing else: no JSONP, no Angular, no uploads",
  },
  {
    id: 'PRELOAD_JS_CHECK',
    file: 'main.ts',
    severity: 'MEDIUM',
    confidence: 'FIRM',
    reason:
      'the one preload is bundled, sandboxed and exposes only the terminal API (a function per method) through contextBridge',
  },
  // The customer display's window: main.ts hands BrowserWindow the options that
  // shell/customer-window.ts writes out, the cashier window's; electronegativity cannot follow them.
  ...['AUXCLICK_JS_CHECK', 'CONTEXT_ISOLATION_JS_CHECK', 'SANDBOX_JS_CHECK'].map((id) => ({
    id,
    file: 'main.ts',
    severity: id === 'CONTEXT_ISOLATION_JS_CHECK' ? 'HIGH' : 'MEDIUM',
    confidence: 'FIRM',
    sample: 'createWindow: (options) => new BrowserWindow(options),',
    reason:
      "a pass-through for the customer display, whose options (shell/customer-window.ts) are the cashier window's: sandbox, isolation, Auxclick off; test/unit/electron/customer-window.test.ts checks them",
  })),
];

const electronVersion = () => JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;

/** Every finding above INFORMATIONAL, each marked reviewed or not. */
export async function findings(input = 'electron') {
  // electronegativity writes its own progress to the console; its findings come back as data.
  const result = await electronegativity({
    input: resolve(input),
    isRelative: true,
    electronVersionOverride: electronVersion(),
  });
  return result.issues
    .filter((issue) => issue.severity.value > 0)
    .map((issue) => {
      const finding = {
        id: issue.id,
        file: issue.file,
        line: issue.location.line,
        severity: issue.severity.name,
        confidence: issue.confidence.name,
        sample: issue.sample?.trim() ?? '',
        description: issue.description,
      };
      const reviewed = REVIEWED.find(
        (entry) =>
          entry.id === finding.id &&
          entry.file === finding.file &&
          entry.severity === finding.severity &&
          entry.confidence === finding.confidence &&
          (entry.sample === undefined || entry.sample === finding.sample),
      );
      return { ...finding, reviewed: reviewed?.reason ?? null };
    });
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  const found = await findings(process.argv[2]);
  for (const finding of found) {
    const where = `${finding.file}:${finding.line}`;
    const verdict = finding.reviewed ? `reviewed: ${finding.reviewed}` : 'NOT REVIEWED';
    console.log(
      `${finding.severity}/${finding.confidence} ${finding.id} ${where} — ${finding.description} (${verdict})`,
    );
  }
  const open = found.filter((finding) => !finding.reviewed);
  console.log(`electronegativity: ${found.length} finding(s) above informational, ${open.length} not reviewed`);
  process.exit(open.length === 0 ? 0 : 1);
}
