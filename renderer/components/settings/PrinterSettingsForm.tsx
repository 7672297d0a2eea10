import { useState, type FormEvent } from 'react';
import {
  printerFormOf,
  validatePrinterForm,
  type OverridableSetting,
  type PrinterConfig,
  type PrinterForm,
  type PrinterFormErrors,
} from '../../../shared/settings.js';
import { PrinterTargetFields } from './PrinterTargetFields.js';
import { SettingsField } from './SettingsField.js';

/** The environment variable behind each setting, named in the "overridden" note. */
const ENVIRONMENT_NAMES: Record<OverridableSetting, string> = {
  target: 'TILLCARD_PRINTER',
  columns: 'TILLCARD_PRINTER_COLUMNS',
  autoPrint: 'TILLCARD_AUTO_PRINT',
  footer: 'TILLCARD_RECEIPT_FOOTER',
};

const PAPER_CHOICES = [
  { value: '32', label: '58 mm, 32 columns' },
  { value: '42', label: '58 mm, 42 columns (small font)' },
  { value: '48', label: '80 mm, 48 columns' },
];

/** The Printer section: edits a copy of the saved settings and hands valid ones to onSave. */
export function PrinterSettingsForm(props: {
  saved: PrinterConfig;
  overridden: readonly OverridableSetting[];
  busy: boolean;
  onSave: (printer: PrinterConfig) => void;
}) {
  const [form, setForm] = useState<PrinterForm>(() => printerFormOf(props.saved));
  const [errors, setErrors] = useState<PrinterFormErrors>({});
  const overriddenBy = (setting: OverridableSetting) =>
    props.overridden.includes(setting) ? ENVIRONMENT_NAMES[setting] : null;
  const change = <K extends keyof PrinterForm>(key: K, value: PrinterForm[K]) => {
    setForm((current) => ({ ...current, [key]: value }));
    setErrors((current) => ({ ...current, [key]: undefined }));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = validatePrinterForm(form);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    props.onSave(checked.printer);
  };

  return (
    <form className="form" aria-labelledby="printer-settings-heading" noValidate onSubmit={submit}>
      <h2 id="printer-settings-heading">Printer</h2>
      <PrinterTargetFields form={form} errors={errors} overridden={overriddenBy('target')} onChange={change} />
      <SettingsField label="Paper width" error={errors.columns} overridden={overriddenBy('columns')}>
        {({ inputId, describedBy, invalid }) => (
          <select
            id={inputId}
            className="field__input"
            value={form.columns}
            aria-invalid={invalid}
            aria-describedby={describedBy}
            onChange={(event) => change('columns', event.target.value)}
          >
            {PAPER_CHOICES.map((choice) => (
              <option key={choice.value} value={choice.value}>
                {choice.label}
              </option>
            ))}
          </select>
        )}
      </SettingsField>
      <SettingsField label="Print receipt after a redemption" error={undefined} overridden={overriddenBy('autoPrint')}>
        {({ inputId, describedBy }) => (
          <select
            id={inputId}
            className="field__input"
            value={form.autoPrint}
            aria-describedby={describedBy}
            onChange={(event) => change('autoPrint', event.target.value as PrinterForm['autoPrint'])}
          >
            <option value="always">Always</option>
            <option value="ask">Ask the cashier</option>
            <option value="never">Never</option>
          </select>
        )}
      </SettingsField>
      <SettingsField label="Receipt footer" error={errors.footer} overridden={overriddenBy('footer')}>
        {({ inputId, describedBy, invalid }) => (
          <textarea
            id={inputId}
            className="field__input"
            rows={2}
            value={form.footer}
            aria-invalid={invalid}
            aria-describedby={describedBy}
            onChange={(event) => change('footer', event.target.value)}
          />
        )}
      </SettingsField>
      <label className="field field--inline">
        <input type="checkbox" checked={form.logo} onChange={(event) => change('logo', event.target.checked)} />
        <span className="field__label">Print the logo at the top of receipts</span>
      </label>
      <div className="actions">
        <button className="button button--primary" type="submit" disabled={props.busy}>
          Save printer settings
        </button>
      </div>
    </form>
  );
}
