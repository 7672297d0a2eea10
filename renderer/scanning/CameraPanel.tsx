/**
 * The webcam panel: a live preview with a frame guide, a choice of camera, and a clear message
 * when there is no camera or permission is refused. A read beeps, flashes and goes through the
 * same scan pipeline as the scanners; the camera stops when the panel closes.
 */
import { useCallback, useRef, useState } from 'react';
import { useAppStoreApi } from '../store/store-context.js';
import { beep, flashScreen } from './camera-feedback.js';
import { submitScan } from './scan-intake.js';
import { useCameraScanner } from './useCameraScanner.js';
import { useT } from '../i18n/index.js';

export function CameraPanel({ onClose }: { onClose: () => void }) {
  const { t } = useT();
  const store = useAppStoreApi();
  const videoRef = useRef<HTMLVideoElement | null>(null);
  const [deviceId, setDeviceId] = useState<string | null>(null);

  const onDecoded = useCallback(
    (text: string) => {
      beep();
      flashScreen();
      onClose();
      submitScan(store, text);
    },
    [store, onClose],
  );
  const { devices, problem, running } = useCameraScanner(videoRef, deviceId, onDecoded);

  return (
    <section className="camera-panel" aria-label={t('scanning.panel')}>
      {devices.length > 1 && (
        <label className="field">
          <span className="field__label">{t('scanning.camera')}</span>
          <select
            className="field__input"
            value={deviceId ?? ''}
            onChange={(event) => setDeviceId(event.target.value || null)}
          >
            <option value="">{t('scanning.defaultCamera')}</option>
            {devices.map((device, index) => (
              <option key={device.deviceId} value={device.deviceId}>
                {device.label || t('scanning.cameraNumber', { number: index + 1 })}
              </option>
            ))}
          </select>
        </label>
      )}
      {problem === null ? (
        <div className="camera-panel__view">
          <video ref={videoRef} className="camera-panel__video" muted playsInline aria-label={t('scanning.preview')} />
          <div className="camera-panel__guide" aria-hidden="true" />
        </div>
      ) : (
        <p className="message message--error" role="alert">
          {problem}
        </p>
      )}
      <p className="camera-panel__hint" role="status">
        {running ? t('scanning.hold') : problem === null ? t('scanning.starting') : ''}
      </p>
      <button className="button" type="button" onClick={onClose}>
        {t('scanning.close')}
      </button>
    </section>
  );
}
