import { useAppStore } from '../store/store-context.js';
import { ManagerApprovalDialog } from './manager/ManagerApprovalDialog.js';

/** A manager ends a code-entry lock with their ID and PIN, through the one approval dialog. */
export function ManagerUnlockDialog({ onClose }: { onClose: () => void }) {
  const unlockEntry = useAppStore((state) => state.unlockEntry);
  return (
    <ManagerApprovalDialog
      title="Manager unlock"
      submitLabel="Unlock"
      onApprove={({ managerId, managerPin }) => unlockEntry(managerId, managerPin)}
      onClose={onClose}
    />
  );
}
