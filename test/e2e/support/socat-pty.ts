/**
 * A real serial port pair from socat: the terminal opens one end as its scanner port, the test
 * writes reads into the other. socat prints "N PTY is /dev/pts/N" for each end on stderr.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { open } from 'node:fs/promises';

export interface PtyPair {
  /** The end the terminal opens, as a scanner's device. */
  scannerPort: string;
  /** Sends bytes as the scanner would (text as UTF-8). */
  write(bytes: string | Uint8Array): Promise<void>;
  close(): Promise<void>;
}

export async function startPtyPair(timeoutMs = 10_000): Promise<PtyPair> {
  const socat: ChildProcess = spawn('socat', ['-d', '-d', 'pty,raw,echo=0', 'pty,raw,echo=0'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const paths: string[] = [];
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('socat gave no pty pair in time')), timeoutMs);
    let text = '';
    socat.stderr?.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      for (const match of text.matchAll(/PTY is (\S+)/g))
        if (!paths.includes(match[1] ?? '')) paths.push(match[1] ?? '');
      if (paths.length >= 2) {
        clearTimeout(timer);
        resolve();
      }
    });
    socat.once('exit', (code) => reject(new Error(`socat exited with ${code}`)));
  });
  const [scannerPort = '', feedPort = ''] = paths;
  const feed = await open(feedPort, 'w');
  return {
    scannerPort,
    write: async (bytes) => {
      await feed.write(typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes);
    },
    close: async () => {
      await feed.close().catch(() => undefined);
      if (socat.exitCode === null) {
        socat.kill('SIGTERM');
        await once(socat, 'exit');
      }
    },
  };
}
