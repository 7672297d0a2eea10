/**
 * `npm run scan:file -- IMAGE...`: decodes PNG and JPEG files through the very pipeline the
 * webcam uses (renderer/scanning/frame-decoder.ts, a still card held for one full cycle of its
 * passes) and prints one line per image: `FILE<TAB>TEXT`, TEXT as a JSON string (so control
 * characters and line breaks survive), or `FILE<TAB>-` when nothing was read. For "this card
 * won't scan" photos, and for measuring the camera on any set of images.
 *
 * A file that is not a readable PNG or JPEG is named on stderr and makes the exit status 1; the
 * other files are still decoded.
 */
import { decodeStill } from '../renderer/scanning/frame-decoder.js';
import { readImageFile } from './image-file.js';

async function scanFile(path: string): Promise<string | null> {
  const image = await readImageFile(path);
  return decodeStill({ ...image, channels: 4 });
}

function resultLine(path: string, text: string | null): string {
  return `${path}\t${text === null ? '-' : JSON.stringify(text)}`;
}

async function main(paths: string[]): Promise<number> {
  if (paths.length === 0) {
    console.error('usage: npm run scan:file -- IMAGE...   (PNG or JPEG files)');
    return 2;
  }
  let status = 0;
  for (const path of paths) {
    try {
      console.log(resultLine(path, await scanFile(path)));
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
      console.error(`scan:file: ${path}: ${reason}`);
      status = 1;
    }
  }
  return status;
}

// Run by vite-node (as bench:scan is: @zxing/library's ES module build needs a bundler's
// resolution), which leaves only the arguments after the script in process.argv.
process.exitCode = await main(process.argv.slice(2));
