// `npm test`: lint, typecheck, vitest (unit, component, integration), the renderer build, and
// Playwright end-to-end. Ends with one line `tests: N passed, N failed` summed over both runners.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const results = 'test-results';
mkdirSync(results, { recursive: true });
const failures = [];

function step(name, command, args, env = {}) {
  console.log(`\n── ${name}: ${command} ${args.join(' ')}`);
  const run = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (run.status !== 0) failures.push(name);
  return run.status === 0;
}

const onlyE2e = process.argv.includes('--e2e');
const skipE2e = process.argv.includes('--no-e2e');
const typecheckProjects = ['shared', 'backend', 'electron', 'renderer', 'test'];

if (!onlyE2e) {
  step('lint', 'npx', ['eslint', '.', '--max-warnings', '0']);
  for (const project of typecheckProjects)
    step(`typecheck ${project}`, 'npx', ['tsc', '-p', `tsconfig.${project}.json`]);
  rmSync(`${results}/vitest.json`, { force: true });
  step('vitest', 'npx', [
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${results}/vitest.json`,
  ]);
}
if (!skipE2e) {
  step('build', 'npm', ['run', 'build', '--silent']);
  rmSync(`${results}/playwright.json`, { force: true });
  step('playwright', 'npx', ['playwright', 'test']);
}

let passed = 0;
let failed = 0;
const vitestFile = `${results}/vitest.json`;
if (existsSync(vitestFile)) {
  const report = JSON.parse(readFileSync(vitestFile, 'utf8'));
  passed += report.numPassedTests ?? 0;
  failed += report.numFailedTests ?? 0;
  // A file that fails outside any test (an import, a beforeAll or afterAll hook) fails no test,
  // and an error thrown after a test ended fails neither: name both so the summary says why.
  for (const file of report.testResults ?? []) {
    const testFailed = (file.assertionResults ?? []).some((test) => test.status === 'failed');
    if (file.status === 'failed' && !testFailed)
      console.log(`\nvitest: ${file.name} failed outside its tests: ${file.message ?? ''}`);
  }
  if (report.success === false && (report.numFailedTests ?? 0) === 0)
    console.log('\nvitest: no test failed, but the run did not succeed (see its "Errors" above)');
}
const playwrightFile = `${results}/playwright.json`;
if (existsSync(playwrightFile)) {
  const stats = JSON.parse(readFileSync(playwrightFile, 'utf8')).stats ?? {};
  passed += (stats.expected ?? 0) + (stats.flaky ?? 0);
  failed += stats.unexpected ?? 0;
}
if (failures.length > 0) console.log(`\nfailed steps: ${failures.join(', ')}`);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failures.length === 0 && failed === 0 ? 0 : 1);
