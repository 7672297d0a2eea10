import type { PrinterForm, PrinterFormErrors, PrinterTransportName } from '../../../shared/settings.js';
import { SettingsField } from './SettingsField.js';

const TRANSPORT_LABELS: Record<PrinterTransportName, string> = {
  none: 'No printer',
  system: 'System printer',
  tcp: 'Network printer (TCP)',
  serial: 'Serial port',
  usb: 'USB device file',
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
  const text = (
    key: 'host' | 'port' | 'serialPath' | 'baudRate' | 'usbDevicePath',
    label: string,
    mode?: 'numeric',
  ) => (
    <SettingsField label={label} error={errors[key]}>
      {({ inputId, describedBy, invalid }) => (
        <input
          id={inputId}
          className="field__input"
          inputMode={mode}
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
            {Object.entries(TRANSPORT_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
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
    </>
  );
}
