/**
 * The demo database, seeded once per Playwright worker by the admin CLI, then copied for every
 * test: each test still gets its own fresh SQLite file (and server key), without paying for a
 * seed — several seconds on a busy machine — each time.
 */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runDemoSeed, type DemoData } from '../../../scripts/start/demo-seed.js';
import { backendEnv } from './backend-env.js';

export interface DemoTemplate {
  demo: DemoData;
  /** A backend data folder, seeded and closed: never opened by a backend, only copied. */
  dataDir: string;
  dispose(): Promise<void>;
}

export async function seedDemoTemplate(projectDir: string): Promise<DemoTemplate> {
  const root = await mkdtemp(join(tmpdir(), 'tillcard-e2e-template-'));
  const dataDir = join(root, 'backend');
  try {
    const demo = await runDemoSeed({ cwd: projectDir, env: backendEnv(dataDir) });
    return { demo, dataDir, dispose: () => rm(root, { recursive: true, force: true }) };
  } catch (error) {
    await rm(root, { recursive: true, force: true });
    throw error;
  }
}

/** Copies the seeded folder (database, WAL files if any, server key) to a test's own folder. */
export async function copyDemoData(template: DemoTemplate, dataDir: string): Promise<void> {
  await cp(template.dataDir, dataDir, { recursive: true });
}
