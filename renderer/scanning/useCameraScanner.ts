/**
 * Runs the camera while the panel is open: opens the chosen device, copies a frame to a canvas
 * about every 100 ms, has it decoded off the UI thread (renderer/scanning/frame-decoder-client.ts),
 * and stops every track when the panel closes or a code is read.
 */
import { useEffect, useRef, useState, type RefObject } from 'react';
import { cameraProblemText } from './camera-feedback.js';
import { createFrameDecoderClient } from './frame-decoder-client.js';

/** From one attempt's start to the next: quick enough to feel instant, and leaves the CPU to the till. */
export const ATTEMPT_INTERVAL_MS = 100;
/** The least pause after a frame that took longer than the interval to decode. */
const MIN_PAUSE_MS = 10;

export interface CameraState {
  devices: MediaDeviceInfo[];
  problem: string | null;
  running: boolean;
}

export function useCameraScanner(
  videoRef: RefObject<HTMLVideoElement | null>,
  deviceId: string | null,
  onDecoded: (text: string) => void,
): CameraState {
  const [devices, setDevices] = useState<MediaDeviceInfo[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const [running, setRunning] = useState(false);
  const onDecodedRef = useRef(onDecoded);
  onDecodedRef.current = onDecoded;

  useEffect(() => {
    let stopped = false;
    let stream: MediaStream | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const decoder = createFrameDecoderClient();
    const canvas = document.createElement('canvas');
    const context = canvas.getContext('2d', { willReadFrequently: true });

    function stop(): void {
      stopped = true;
      clearTimeout(timer);
      stream?.getTracks().forEach((track) => track.stop());
      stream = null;
      decoder.dispose();
      setRunning(false);
    }

    async function attempt(): Promise<void> {
      const video = videoRef.current;
      if (stopped || video === null || context === null) return;
      const startedMs = performance.now();
      if (video.readyState >= HTMLMediaElement.HAVE_CURRENT_DATA && video.videoWidth > 0) {
        canvas.width = video.videoWidth;
        canvas.height = video.videoHeight;
        context.drawImage(video, 0, 0);
        // A frame the decoder could not take (its worker stopped) is simply skipped.
        const text = await decoder.decode(context.getImageData(0, 0, canvas.width, canvas.height)).catch(() => null);
        if (stopped) return;
        if (text !== null) {
          stop();
          onDecodedRef.current(text);
          return;
        }
      }
      const pauseMs = Math.max(MIN_PAUSE_MS, ATTEMPT_INTERVAL_MS - (performance.now() - startedMs));
      timer = setTimeout(() => void attempt(), pauseMs);
    }

    async function start(): Promise<void> {
      if (navigator.mediaDevices?.getUserMedia === undefined) throw Object.assign(new Error(), { name: 'NoCamera' });
      const video = deviceId === null ? { facingMode: 'environment' } : { deviceId: { exact: deviceId } };
      stream = await navigator.mediaDevices.getUserMedia({ video, audio: false });
      if (stopped) return stop();
      // Labels are only known once permission is given, so list the devices after opening one.
      const all = await navigator.mediaDevices.enumerateDevices();
      if (!stopped) setDevices(all.filter((device) => device.kind === 'videoinput'));
      const element = videoRef.current;
      if (element === null || stopped) return stop();
      element.srcObject = stream;
      await element.play().catch(() => undefined);
      setProblem(null);
      setRunning(true);
      void attempt();
    }

    start().catch((error: unknown) => {
      if (stopped) return;
      stop();
      setProblem(cameraProblemText(error));
    });
    return stop;
  }, [videoRef, deviceId]);

  return { devices, problem, running };
}
