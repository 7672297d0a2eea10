// Validates electron-builder.yml offline, the way `electron-builder` does before it downloads
// anything (its JSON schema: unknown or misplaced keys fail), then checks the settings this
// terminal depends on: fuses, asar, no native rebuild, only built files, icons present.
// Usage: node scripts/check-packaging-config.mjs [path/to/electron-builder.yml]
// Exits 1 with one line per problem.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';

// app-builder-lib is electron-builder's own library: resolve it through the pinned electron-builder.
const fromBuilder = createRequire(createRequire(import.meta.url).resolve('electron-builder'));
const { getConfig, validateConfiguration } = fromBuilder('app-builder-lib/out/util/config/config.js');
const { DebugLogger } = fromBuilder('builder-util');

export const REQUIRED_FUSES = {
  runAsNode: false,
  enableCookieEncryption: true,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  grantFileProtocolExtraPrivileges: false,
};

function pngSize(file) {
  const bytes = readFileSync(file);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/**
 * What the deb target needs from package.json (with the config's extraMetadata over it), which
 * electron-builder only asks for once it packages: the homepage and the maintainer's address, and
 * the desktop entry's name that Electron looks up for the window's icon.
 */
function metadataProblems(metadata) {
  const problems = [];
  if (typeof metadata.homepage !== 'string' || metadata.homepage === '')
    problems.push('package.json must have a homepage (the deb target requires it)');
  if (typeof metadata.description !== 'string' || metadata.description === '')
    problems.push('package.json must have a description');
  if (typeof metadata.author?.email !== 'string') problems.push("the author's email must be set (the deb maintainer)");
  if (metadata.desktopName !== 'tillcard.desktop') problems.push('package.json desktopName must be tillcard.desktop');
  return problems;
}

/**
 * The problems found in the config at `configFile` (paths in it are relative to the project), with
 * `packageJson` (default: the project's) as the app's metadata.
 */
export async function packagingConfigProblems(configFile, projectDir = process.cwd(), packageJson = undefined) {
  const problems = [];
  const config = await getConfig(projectDir, resolve(configFile), null);
  const metadata = packageJson ?? JSON.parse(readFileSync(resolve(projectDir, 'package.json'), 'utf8'));
  problems.push(...metadataProblems({ ...metadata, ...config.extraMetadata }));
  for (const script of [config.deb?.afterInstall, config.deb?.afterRemove]) {
    if (script === undefined || !existsSync(resolve(projectDir, script)))
      problems.push(`deb.afterInstall and deb.afterRemove must name existing scripts (${script ?? 'missing'})`);
  }
  try {
    await validateConfiguration(config, new DebugLogger(false));
  } catch (error) {
    // The schema's message lists each bad key on a line starting with " - ".
    const reasons = error.message.split('\n').filter((line) => line.startsWith(' - '));
    problems.push(`electron-builder rejects it: ${reasons.map((line) => line.slice(3)).join('; ') || error.message}`);
  }
  for (const [fuse, wanted] of Object.entries(REQUIRED_FUSES)) {
    if (config.electronFuses?.[fuse] !== wanted) problems.push(`electronFuses.${fuse} must be ${wanted}`);
  }
  if (config.asar !== true) problems.push('asar must be true (onlyLoadAppFromAsar needs the app in app.asar)');
  if (config.npmRebuild !== false) problems.push('npmRebuild must be false');
  if (config.extraMetadata?.main !== 'dist/electron/main.mjs')
    problems.push('extraMetadata.main must be dist/electron/main.mjs');
  // getConfig turns the list into [{ filter: [...] }].
  const files = [config.files ?? []]
    .flat()
    .flatMap((entry) => (typeof entry === 'string' ? [entry] : (entry.filter ?? [])));
  for (const built of ['dist/electron/**/*', 'dist/renderer/**/*']) {
    if (!files.includes(built)) problems.push(`files must pack ${built}`);
  }
  for (const pattern of files) {
    if (
      typeof pattern === 'string' &&
      !pattern.startsWith('!') &&
      /^(backend|test|electron|renderer|shared|scripts)\b/.test(pattern)
    ) {
      problems.push(`files must not pack sources: ${pattern}`);
    }
  }
  const linuxTargets = [config.linux?.target ?? []].flat().map((target) => target.target ?? target);
  for (const target of ['AppImage', 'deb'])
    if (!linuxTargets.includes(target)) problems.push(`linux.target must include ${target}`);
  const winTargets = [config.win?.target ?? []].flat().map((target) => target.target ?? target);
  if (!winTargets.includes('nsis')) problems.push('win.target must include nsis');
  const linuxIcons = resolve(projectDir, config.linux?.icon ?? 'missing');
  const large = resolve(linuxIcons, '512x512.png');
  if (!existsSync(large) || pngSize(large).width < 512) problems.push('linux.icon must hold a 512x512 PNG');
  if (!existsSync(resolve(projectDir, config.win?.icon ?? 'missing')))
    problems.push('win.icon must name an existing .ico');
  return problems;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  const configFile = process.argv[2] ?? 'electron-builder.yml';
  const problems = await packagingConfigProblems(configFile, process.argv[3] ?? dirname(resolve('package.json')));
  for (const problem of problems) console.error(`${configFile}: ${problem}`);
  if (problems.length === 0) console.log(`${configFile}: valid`);
  process.exit(problems.length === 0 ? 0 : 1);
}
