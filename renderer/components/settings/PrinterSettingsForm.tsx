import { useState, type FormEvent } from 'react';
import {
  AUTO_PRINT_CHOICES,
  BAUD_RATES,
  FOOTER_MAX_CHARS,
  PAPER_COLUMNS,
  printerFormOf,
  validatePrinterForm,
  type OverridableSetting,
  type PrinterConfig,
  type PrinterForm,
  type PrinterFormErrors,
} from '../../../shared/settings.js';
import { PrinterTargetFields } from './PrinterTargetFields.js';
import { SettingsField } from './SettingsField.js';
import { useT } from '../../i18n/index.js';

/** The environment variable behind each setting, named in the "overridden" note. */
const ENVIRONMENT_NAMES: Record<OverridableSetting, string> = {
  target: 'TILLCARD_PRINTER',
  columns: 'TILLCARD_PRINTER_COLUMNS',
  autoPrint: 'TILLCARD_AUTO_PRINT',
  footer: 'TILLCARD_RECEIPT_FOOTER',
};

/** The Printer section: edits a copy of the saved settings and hands valid ones to onSave. */
export function PrinterSettingsForm(props: {
  saved: PrinterConfig;
  overridden: readonly OverridableSetting[];
  busy: boolean;
  onSave: (printer: PrinterConfig) => void;
}) {
  const { t } = useT();
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
  // validatePrinterForm says which fields are wrong; the words are the current language's.
  const message: PrinterFormErrors = {
    host: errors.host && t('printerSettings.errors.host'),
    port: errors.port && t('printerSettings.errors.port'),
    serialPath: errors.serialPath && t('printerSettings.errors.serialPath'),
    baudRate: errors.baudRate && t('printerSettings.errors.baudRate', { rates: BAUD_RATES.join(', ') }),
    usbDevicePath: errors.usbDevicePath && t('printerSettings.errors.usbDevicePath'),
    pdfFolder: errors.pdfFolder && t('printerSettings.errors.pdfFolder'),
    columns: errors.columns && t('printerSettings.errors.columns'),
    footer: errors.footer && t('printerSettings.errors.footer', { max: FOOTER_MAX_CHARS, length: form.footer.length }),
  };

  return (
    <form className="form" aria-labelledby="printer-settings-heading" noValidate onSubmit={submit}>
      <h2 id="printer-settings-heading">{t('printerSettings.heading')}</h2>
      <PrinterTargetFields form={form} errors={message} overridden={overriddenBy('target')} onChange={change} />
      <SettingsField
        label={t('printerSettings.paperWidth')}
        error={message.columns}
        overridden={overriddenBy('columns')}
      >
        {({ inputId, describedBy, invalid }) => (
          <select
            id={inputId}
            className="field__input"
            value={form.columns}
            aria-invalid={invalid}
            aria-describedby={describedBy}
            onChange={(event) => change('columns', event.target.value)}
          >
            {PAPER_COLUMNS.map((columns) => (
              <option key={columns} value={columns}>
                {t(`printerSettings.paperChoices.columns${columns}`)}
              </option>
            ))}
          </select>
        )}
      </SettingsField>
      <SettingsField label={t('printerSettings.autoPrint')} error={undefined} overridden={overriddenBy('autoPrint')}>
        {({ inputId, describedBy }) => (
          <select
            id={inputId}
            className="field__input"
            value={form.autoPrint}
            aria-describedby={describedBy}
            onChange={(event) => change('autoPrint', event.target.value as PrinterForm['autoPrint'])}
          >
            {AUTO_PRINT_CHOICES.map((choice) => (
              <option key={choice} value={choice}>
                {t(`printerSettings.autoPrintChoices.${choice}`)}
              </option>
            ))}
          </select>
        )}
      </SettingsField>
      <SettingsField label={t('printerSettings.footer')} error={message.footer} overridden={overriddenBy('footer')}>
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
        <span className="field__label">{t('printerSettings.logo')}</span>
      </label>
      <div className="actions">
        <button className="button button--primary" type="submit" disabled={props.busy}>
          {t('printerSettings.save')}
        </button>
      </div>
    </form>
  );
}
