/**
 * The decoder half of `npm run bench:scan`: the camera frame pipeline on 640×480 frames with a
 * barcode, without one (most frames of a live camera) and blurred — decodes per second of ours
 * (RGBA → luminance → centre region first → full frame), of the same zxing-js decoder on the full
 * frame only, and of zxing-wasm on the same frames in the same run.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';
import { createFrameDecoder, luminanceOf } from '../../renderer/scanning/frame-decoder.js';
import { barcodeFrame, boxBlur, emptyFrame, type GreyFrame } from '../../test/fixtures/barcode-frames.js';
import { BinaryBitmap, DecodeHintType, HybridBinarizer, MultiFormatReader, RGBLuminanceSource } from '@zxing/library';
import { CAMERA_FORMATS } from '../../renderer/scanning/frame-decoder.js';

const CODE = 'AS25NJZ1JXCZCP5';
const RUN_MS = 1_500;

function rgbaOf(frame: GreyFrame): Uint8ClampedArray {
  const rgba = new Uint8ClampedArray(frame.width * frame.height * 4);
  frame.pixels.forEach((value, i) => {
    rgba[i * 4] = rgba[i * 4 + 1] = rgba[i * 4 + 2] = value;
    rgba[i * 4 + 3] = 255;
  });
  return rgba;
}

async function perSecond(
  decode: () => Promise<string | null> | string | null,
): Promise<{ rate: number; text: string | null }> {
  let count = 0;
  let text: string | null = null;
  const start = performance.now();
  while (performance.now() - start < RUN_MS) {
    text = await decode();
    count += 1;
  }
  return { rate: (count * 1_000) / (performance.now() - start), text };
}

function fullFrameZxing(): (rgba: Uint8ClampedArray, width: number, height: number) => string | null {
  const reader = new MultiFormatReader();
  reader.setHints(
    new Map<DecodeHintType, unknown>([
      [DecodeHintType.POSSIBLE_FORMATS, CAMERA_FORMATS],
      [DecodeHintType.TRY_HARDER, true],
    ]),
  );
  return (rgba, width, height) => {
    const warn = console.warn;
    console.warn = () => undefined;
    try {
      const source = new RGBLuminanceSource(luminanceOf(rgba, width, height), width, height);
      return reader.decodeWithState(new BinaryBitmap(new HybridBinarizer(source))).getText();
    } catch {
      return null;
    } finally {
      console.warn = warn;
      reader.reset();
    }
  };
}

/** Prints decodes per second of each decoder on each kind of frame. */
export async function printDecodeRates(): Promise<void> {
  const require = createRequire(import.meta.url);
  const wasmPath = require.resolve('zxing-wasm/reader').replace(/dist\/.*$/, 'dist/reader/zxing_reader.wasm');
  const wasmBinary = (await readFile(wasmPath)).buffer as ArrayBuffer;
  // Offline: hand zxing-wasm its bundled binary instead of letting it fetch one from a CDN.
  await prepareZXingModule({ overrides: { wasmBinary }, fireImmediately: true });

  const frames: Array<[string, GreyFrame]> = [
    ['Code 128', barcodeFrame('code128', CODE)],
    ['QR', barcodeFrame('qrcode', CODE)],
    ['no barcode', emptyFrame()],
    ['blurred Code 128', boxBlur(barcodeFrame('code128', CODE), 2)],
  ];

  const ours = createFrameDecoder();
  const full = fullFrameZxing();
  console.log('camera frames 640×480, decodes per second (text found)');
  console.log('frame              | ours (centre first) | zxing-js full frame | zxing-wasm');
  for (const [name, frame] of frames) {
    const rgba = rgbaOf(frame);
    const a = await perSecond(() =>
      ours.decode(luminanceOf(rgba, frame.width, frame.height), frame.width, frame.height),
    );
    const b = await perSecond(() => full(rgba, frame.width, frame.height));
    const c = await perSecond(async () => {
      const image = {
        data: rgba,
        width: frame.width,
        height: frame.height,
        colorSpace: 'srgb',
      } as unknown as ImageData;
      const results = await readBarcodes(image, {
        formats: ['Code128', 'QRCode', 'PDF417', 'DataMatrix', 'Code39'],
        tryHarder: true,
      });
      return results[0]?.text ?? null;
    });
    const cell = (r: { rate: number; text: string | null }) =>
      `${r.rate.toFixed(0).padStart(6)}/s ${r.text ? 'read' : '—'}`.padEnd(19);
    console.log(`${name.padEnd(18)} | ${cell(a)} | ${cell(b)} | ${cell(c)}`);
  }
}
