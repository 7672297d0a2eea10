/**
 * Seeds the demo store with the backend's admin CLI (`admin demo --json`) and reads back what it
 * printed: the terminal key to pair with, the demo staff and the demo cards.
 */
import { z } from 'zod';
import { spawnProgram, tailOf, type ChildEnv } from './tsx-process.js';

export const demoDataSchema = z.object({
  store: z.looseObject({
    id: z.string().optional(),
    name: z.string().optional(),
    region: z.string().optional(),
    currency: z.string().optional(),
    locale: z.string().optional(),
  }),
  terminal: z.looseObject({ id: z.string(), key: z.string().min(1) }),
  cashier: z.looseObject({ id: z.string(), pin: z.string(), name: z.string().optional() }),
  manager: z.looseObject({ id: z.string(), pin: z.string(), name: z.string().optional() }),
  cards: z.array(
    z.looseObject({
      code: z.string(),
      status: z.string(),
      region: z.string(),
      currency: z.string(),
      balanceMinor: z.number().int(),
    }),
  ),
});
export type DemoData = z.infer<typeof demoDataSchema>;

/** The JSON object in the CLI's output, even if a line of other text came before it. */
export function parseDemoOutput(stdout: string): DemoData {
  const start = stdout.indexOf('{');
  if (start < 0) throw new Error('admin demo printed no JSON object');
  return demoDataSchema.parse(JSON.parse(stdout.slice(start)));
}

export interface DemoSeedOptions {
  /** The project folder (where backend/ lives). */
  cwd: string;
  /** The backend's environment: TILLCARD_DATA_DIR or DATABASE_URL says which database to seed. */
  env: ChildEnv;
  timeoutMs?: number;
}

export function runDemoSeed(options: DemoSeedOptions): Promise<DemoData> {
  const child = spawnProgram('admin', ['demo', '--json'], { cwd: options.cwd, env: options.env });
  const stdout: string[] = [];
  const stderr: string[] = [];
  child.stdout?.on('data', (chunk: Buffer) => stdout.push(chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => stderr.push(chunk.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error('admin demo did not finish in time'));
    }, options.timeoutMs ?? 60_000);
    child.once('error', reject);
    child.once('exit', (code) => {
      clearTimeout(timer);
      if (code !== 0) return reject(new Error(`admin demo exited with ${code}:\n${tailOf(stderr)}`));
      try {
        resolve(parseDemoOutput(stdout.join('')));
      } catch (error) {
        reject(new Error(`admin demo output not understood: ${(error as Error).message}`));
      }
    });
  });
}
