import type { Redemption } from '../../shared/backend-api.js';
import type { ReceiptLine } from '../../shared/receipt/receipt-document.js';
import { redemptionReceipt } from '../../shared/receipt/redemption-receipt.js';
import { useAppStore } from '../store/store-context.js';
import { useT } from '../i18n/index.js';

function PreviewLine({ line }: { line: ReceiptLine }) {
  switch (line.kind) {
    case 'title':
      return <p className="receipt__store">{line.text}</p>;
    case 'text':
      return <p className={line.align === 'center' ? 'receipt__address' : undefined}>{line.text}</p>;
    case 'pair':
      return (
        <div className="receipt__line">
          <dt>{line.label}</dt>
          <dd>{line.value}</dd>
        </div>
      );
    case 'rule':
      return <hr className="receipt__rule" />;
    case 'code':
      // The printed receipt carries the transaction id as a QR code; the screen already shows it.
      return null;
  }
}

/** Groups consecutive label/value lines into one list, as a description list needs. */
function blocks(lines: readonly ReceiptLine[]): ReceiptLine[][] {
  const result: ReceiptLine[][] = [];
  for (const line of lines) {
    const last = result.at(-1);
    if (line.kind === 'pair' && last?.[0]?.kind === 'pair') last.push(line);
    else result.push([line]);
  }
  return result;
}

/** The on-screen receipt: the same document, built by the same code, as the printed one. */
export function ReceiptPreview({
  redemption,
  stillDueMinor,
}: {
  redemption: Redemption;
  stillDueMinor: number | null;
}) {
  const { t, language } = useT();
  const session = useAppStore((state) => state.session);
  if (session === null) return null;
  const document = redemptionReceipt(
    // The footer is printer configuration the host holds; the preview shows the facts, in the
    // language the printed receipt speaks.
    {
      store: session.store,
      language,
      terminalName: session.terminal.name,
      cashierName: session.cashier.name,
      footer: '',
    },
    { redemption, stillDueMinor },
  );
  return (
    <section className="receipt" aria-label={t('redeem.receiptPreview')}>
      {blocks(document.lines).map((block, index) =>
        block[0]?.kind === 'pair' ? (
          <dl className="receipt__lines" key={index}>
            {block.map((line, lineIndex) => (
              <PreviewLine line={line} key={lineIndex} />
            ))}
          </dl>
        ) : (
          <PreviewLine line={block[0] as ReceiptLine} key={index} />
        ),
      )}
    </section>
  );
}
