/** "Scan with camera" on the code entry step: opens the camera panel; closing it stops the camera. */
import { useCallback, useState } from 'react';
import { CameraPanel } from './CameraPanel.js';
import '../styles/scanning.css';
import { useT } from '../i18n/index.js';

export function CameraToggle() {
  const { t } = useT();
  const [open, setOpen] = useState(false);
  const close = useCallback(() => setOpen(false), []);
  if (open) return <CameraPanel onClose={close} />;
  return (
    <button className="button camera-toggle" type="button" onClick={() => setOpen(true)}>
      {t('scanning.open')}
    </button>
  );
}
