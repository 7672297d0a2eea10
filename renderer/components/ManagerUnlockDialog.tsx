import { useAppStore } from '../store/store-context.js';
import { ManagerApprovalDialog } from './manager/ManagerApprovalDialog.js';
import { useT } from '../i18n/index.js';

/** A manager ends a code-entry lock with their ID and PIN, through the one approval dialog. */
export function ManagerUnlockDialog({ onClose }: { onClose: () => void }) {
  const { t } = useT();
  const unlockEntry = useAppStore((state) => state.unlockEntry);
  return (
    <ManagerApprovalDialog
      title={t('redeem.error.managerUnlock')}
      submitLabel={t('redeem.error.unlock')}
      onApprove={({ managerId, managerPin }) => unlockEntry(managerId, managerPin)}
      onClose={onClose}
    />
  );
}
