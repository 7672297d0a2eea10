/**
 * The camera's decoder off the UI thread: the panel posts each frame's RGBA pixels here (their
 * buffer is transferred, not copied) and gets back the text read, or null. The decoder keeps its
 * place in the cycle of thorough passes from one frame to the next.
 */
import { createFrameDecoder } from './frame-decoder.js';

export interface FrameRequest {
  id: number;
  width: number;
  height: number;
  /** RGBA pixels, as a canvas's getImageData gives them. */
  rgba: ArrayBuffer;
}

export interface FrameReply {
  id: number;
  text: string | null;
}

const decoder = createFrameDecoder();

addEventListener('message', (event: MessageEvent<FrameRequest>) => {
  const { id, width, height, rgba } = event.data;
  const text = decoder.decode({ width, height, data: new Uint8ClampedArray(rgba), channels: 4 });
  postMessage({ id, text } satisfies FrameReply);
});
