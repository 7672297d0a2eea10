/**
 * Where the camera's frames are decoded: in a Web Worker, so that a slow frame never holds up the
 * preview, the buttons or the scan that follows; on the UI thread only where a worker cannot start
 * (a test DOM, or a page that refuses it), with the very same decoder.
 */
import type { FrameReply, FrameRequest } from './frame-decoder.worker.js';

export interface FrameDecoderClient {
  /** The text read from the frame, or null. The frame's pixel buffer may be handed over. */
  decode(frame: ImageData): Promise<string | null>;
  dispose(): void;
}

function inThread(): FrameDecoderClient {
  // Loaded only here: the decoder (and zxing) stays out of the bundle every screen loads.
  const decoder = import('./frame-decoder.js').then(({ createFrameDecoder }) => createFrameDecoder());
  return {
    async decode(frame) {
      return (await decoder).decode({ width: frame.width, height: frame.height, data: frame.data, channels: 4 });
    },
    dispose: () => undefined,
  };
}

function inWorker(worker: Worker): FrameDecoderClient {
  let nextId = 0;
  const waiting = new Map<number, { resolve(text: string | null): void; reject(error: Error): void }>();
  let fallback: FrameDecoderClient | null = null;
  worker.addEventListener('message', (event: MessageEvent<FrameReply>) => {
    waiting.get(event.data.id)?.resolve(event.data.text);
    waiting.delete(event.data.id);
  });
  worker.addEventListener('error', (event) => {
    // A worker that fails to load (or dies) hands the camera over to the UI thread.
    event.preventDefault();
    fallback ??= inThread();
    for (const pending of waiting.values()) pending.reject(new Error('the frame decoder worker stopped'));
    waiting.clear();
    worker.terminate();
  });
  return {
    decode(frame) {
      if (fallback !== null) return fallback.decode(frame);
      const id = nextId++;
      const request: FrameRequest = {
        id,
        width: frame.width,
        height: frame.height,
        rgba: frame.data.buffer as ArrayBuffer,
      };
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        worker.postMessage(request, [request.rgba]);
      });
    },
    dispose: () => worker.terminate(),
  };
}

export function createFrameDecoderClient(): FrameDecoderClient {
  if (typeof Worker === 'undefined') return inThread();
  try {
    return inWorker(new Worker(new URL('./frame-decoder.worker.ts', import.meta.url), { type: 'module' }));
  } catch {
    return inThread();
  }
}
