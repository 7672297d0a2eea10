import { useEffect, useState } from 'react';
import type { CustomerView } from '../../shared/customer-display.js';
import type { TerminalApi } from '../../shared/terminal-api.js';
import { CustomerViewPanel } from '../components/customer/CustomerViewPanel.js';
import { applyLanguage, useT } from '../i18n/index.js';

/** After this long, a result (approved or declined) gives way to the welcome for the next customer. */
export const CUSTOMER_RESULT_SHOWN_MS = 45_000;

const WAITING_FOR_TERMINAL: CustomerView = { kind: 'idle', storeName: null, locale: 'en-US', language: 'en' };

/**
 * The customer-facing display, on a second screen: read-only, no controls. It shows what the
 * cashier's screen last published through the host, and asks the host for the current view when it
 * opens or its connection comes back.
 */
export function CustomerDisplayScreen({
  api,
  resultShownMs = CUSTOMER_RESULT_SHOWN_MS,
}: {
  api: Pick<TerminalApi, 'on' | 'customerView'>;
  resultShownMs?: number;
}) {
  const { t } = useT();
  const [view, setView] = useState<CustomerView>(WAITING_FOR_TERMINAL);

  useEffect(() => {
    document.title = t('customerDisplay.title');
    let published = 0;
    // The display speaks the language the cashier's terminal speaks.
    const show = (next: CustomerView) => {
      void applyLanguage(next.language);
      setView(next);
    };
    const askHost = () => {
      const askedAt = published;
      void api.customerView({}).then((result) => {
        // A view published while the host was answering is newer than the answer.
        if (result.ok && published === askedAt) show(result.value);
      });
    };
    const stops = [
      api.on('customerDisplay', (next) => {
        published += 1;
        show(next);
      }),
      api.on('connection', (state) => {
        if (state === 'online') askHost();
      }),
    ];
    askHost();
    return () => stops.forEach((stop) => stop());
  }, [api, t]);

  // A finished customer's result does not stay up for the next one to read.
  const isResult = view.kind === 'approved' || (view.kind === 'notice' && view.notice === 'declined');
  useEffect(() => {
    if (!isResult) return;
    const timer = setTimeout(
      () => setView({ kind: 'idle', storeName: view.storeName, locale: view.locale, language: view.language }),
      resultShownMs,
    );
    return () => clearTimeout(timer);
  }, [isResult, view, resultShownMs]);

  return (
    <main className="customer-display" aria-label={t('customerDisplay.region')}>
      <div role="status" aria-live="polite">
        <CustomerViewPanel view={view} />
      </div>
    </main>
  );
}
