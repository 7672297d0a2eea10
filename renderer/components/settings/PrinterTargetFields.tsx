import {
  PRINTER_TRANSPORTS,
  type PrinterForm,
  type PrinterFormErrors,
  type PrinterTransportName,
} from '../../../shared/settings.js';
import { SettingsField } from './SettingsField.js';
import { useT } from '../../i18n/index.js';

type Change = <K extends keyof PrinterForm>(key: K, value: PrinterForm[K]) => void;
type TextFieldKey = 'host' | 'port' | 'serialPath' | 'baudRate' | 'usbDevicePath' | 'pdfFolder';

/** The text fields each transport needs, in screen order. */
const TEXT_FIELDS: Record<PrinterTransportName, readonly TextFieldKey[]> = {
  none: [],
  system: [],
  tcp: ['host', 'port'],
  serial: ['serialPath', 'baudRate'],
  usb: ['usbDevicePath'],
  pdf: ['pdfFolder'],
};
const NUMERIC_FIELDS: readonly TextFieldKey[] = ['port', 'baudRate'];

/** Where the printer is: the transport and the fields that transport needs. */
export function PrinterTargetFields(props: {
  form: PrinterForm;
  errors: PrinterFormErrors;
  overridden: string | null;
  onChange: Change;
}) {
  const { form, errors, onChange } = props;
  const { t } = useT();
  const transportLabel = (transport: PrinterTransportName) =>
    transport === 'pdf' ? t('savePdf.transport') : t(`printerSettings.transports.${transport}`);
  const labels: Record<TextFieldKey, string> = {
    host: t('printerSettings.host'),
    port: t('printerSettings.port'),
    serialPath: t('printerSettings.serialPath'),
    baudRate: t('scannerSettings.baudRate'),
    usbDevicePath: t('printerSettings.usbDevicePath'),
    pdfFolder: t('savePdf.folder'),
  };
  const placeholders: Partial<Record<TextFieldKey, string>> = { pdfFolder: t('savePdf.folderPlaceholder') };
  return (
    <>
      <SettingsField label={t('printerSettings.connection')} error={undefined} overridden={props.overridden}>
        {({ inputId, describedBy }) => (
          <select
            id={inputId}
            className="field__input"
            value={form.transport}
            aria-describedby={describedBy}
            onChange={(event) => onChange('transport', event.target.value as PrinterTransportName)}
          >
            {PRINTER_TRANSPORTS.map((value) => (
              <option key={value} value={value}>
                {transportLabel(value)}
              </option>
            ))}
          </select>
        )}
      </SettingsField>
      {TEXT_FIELDS[form.transport].map((key) => (
        <SettingsField key={key} label={labels[key]} error={errors[key]}>
          {({ inputId, describedBy, invalid }) => (
            <input
              id={inputId}
              className="field__input"
              inputMode={NUMERIC_FIELDS.includes(key) ? 'numeric' : undefined}
              placeholder={placeholders[key]}
              value={form[key]}
              aria-invalid={invalid}
              aria-describedby={describedBy}
              onChange={(event) => onChange(key, event.target.value)}
            />
          )}
        </SettingsField>
      ))}
    </>
  );
}
