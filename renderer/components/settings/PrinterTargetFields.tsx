import {
  PRINTER_TRANSPORTS,
  type PrinterForm,
  type PrinterFormErrors,
  type PrinterTransportName,
} from '../../../shared/settings.js';
import { SettingsField } from './SettingsField.js';
import { useT } from '../../i18n/index.js';

const TRANSPORT_LABELS: Record<PrinterTransportName, string> = {
  none: 'No printer',
  system: 'System printer',
  tcp: 'Network printer (TCP)',
  serial: 'Serial port',
  usb: 'USB device file',
  // From the catalog: see transportLabel below.
  pdf: '',
};

type Change = <K extends keyof PrinterForm>(key: K, value: PrinterForm[K]) => void;

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
    transport === 'pdf' ? t('savePdf.transport') : TRANSPORT_LABELS[transport];
  const text = (
    key: 'host' | 'port' | 'serialPath' | 'baudRate' | 'usbDevicePath' | 'pdfFolder',
    label: string,
    mode?: 'numeric',
    placeholder?: string,
  ) => (
    <SettingsField label={label} error={errors[key]}>
      {({ inputId, describedBy, invalid }) => (
        <input
          id={inputId}
          className="field__input"
          inputMode={mode}
          placeholder={placeholder}
          value={form[key]}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          onChange={(event) => onChange(key, event.target.value)}
        />
      )}
    </SettingsField>
  );
  return (
    <>
      <SettingsField label="Printer connection" error={undefined} overridden={props.overridden}>
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
      {form.transport === 'tcp' && (
        <>
          {text('host', 'Printer address')}
          {text('port', 'Port', 'numeric')}
        </>
      )}
      {form.transport === 'serial' && (
        <>
          {text('serialPath', 'Serial port')}
          {text('baudRate', 'Baud rate', 'numeric')}
        </>
      )}
      {form.transport === 'usb' && text('usbDevicePath', 'Device file')}
      {form.transport === 'pdf' && text('pdfFolder', t('savePdf.folder'), undefined, t('savePdf.folderPlaceholder'))}
    </>
  );
}
