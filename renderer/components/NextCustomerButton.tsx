import { useAppStore } from '../store/store-context.js';
import { useT } from '../i18n/index.js';
import { FUNCTION_KEYS, KeyHint, useFunctionKey } from './function-keys.js';

/** Back to an empty code field for the next customer; F8 from anywhere on the step. */
export function NextCustomerButton({
  primary = false,
  autoFocus = false,
  disabled = false,
}: {
  primary?: boolean;
  autoFocus?: boolean;
  disabled?: boolean;
}) {
  const { t } = useT();
  const nextCustomer = useAppStore((state) => state.nextCustomer);
  useFunctionKey(FUNCTION_KEYS.nextCustomer, nextCustomer, !disabled);
  return (
    <button
      className={primary ? 'button button--primary' : 'button'}
      type="button"
      autoFocus={autoFocus}
      disabled={disabled}
      aria-keyshortcuts={FUNCTION_KEYS.nextCustomer}
      onClick={nextCustomer}
    >
      {t('redeem.nextCustomer')}
      <KeyHint shortcut={FUNCTION_KEYS.nextCustomer} />
    </button>
  );
}
