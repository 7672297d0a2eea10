/**
 * Runs the camera while the panel is open: opens the chosen device, copies a frame to a canvas
 * about every 100 ms, decodes it, and stops every track when the panel closes or a code is read.
 */
import { useEffect, useRef, useState, type RefObject } from 'react';
import { cameraProblemText } from './camera-feedback.js';
import { createFrameDecoder } from './frame-decoder.js';
import { luminanceOf } from './luminance.js';

/** Between attempts: quick enough to feel instant, slow enough to leave the CPU to the till. */
export const ATTEMPT_INTERVAL_MS = 100;

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
    const decoder = createFrameDecoder();
    const canvas = document.createElement('canvas');
    const context = canvas.getContext('2d', { willReadFrequently: true });

    function stop(): void {
      stopped = true;
      clearTimeout(timer);
      stream?.getTracks().forEach((track) => track.stop());
      stream = null;
      setRunning(false);
    }

    function attempt(): void {
      const video = videoRef.current;
      if (stopped || video === null || context === null) return;
      if (video.readyState >= HTMLMediaElement.HAVE_CURRENT_DATA && video.videoWidth > 0) {
        canvas.width = video.videoWidth;
        canvas.height = video.videoHeight;
        context.drawImage(video, 0, 0);
        const image = context.getImageData(0, 0, canvas.width, canvas.height);
        const text = decoder.decode(luminanceOf(image.data, image.width, image.height), image.width, image.height);
        if (text !== null) {
          stop();
          onDecodedRef.current(text);
          return;
        }
      }
      timer = setTimeout(attempt, ATTEMPT_INTERVAL_MS);
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
      attempt();
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
