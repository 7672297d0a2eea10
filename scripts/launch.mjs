// `npm start`: finds the backend's port taken before anything else, builds only what changed since
// the last start (saying what it builds), then runs the compiled launcher, dist/node/start.mjs, in
// this process: plain Node, no TypeScript loader at run time.
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildAll } from './build.mjs';

const backendPort = Number(process.env.PORT ?? 8787);

/** Resolves when `port` can be listened on at 127.0.0.1; rejects with the reason when not. */
function checkPortFree(port) {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolvePort()));
  });
}

try {
  await checkPortFree(backendPort);
} catch (error) {
  const why = error.code === 'EADDRINUSE' ? 'is already in use' : `cannot be used (${error.code ?? error.message})`;
  console.error(
    `npm start: port ${backendPort} for the backend ${why}. Another Tillcard may be running: stop it, ` +
      'or start this one on another port with PORT=8788 npm start.',
  );
  process.exit(1);
}
await buildAll({ ifChanged: true });
await import(pathToFileURL(resolve('dist/node/start.mjs')).href);
