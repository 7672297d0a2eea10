import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import {
  SCANNER_BAUD_RATES,
  SCANNER_IDLE_MS_RANGE,
  SCANNER_SUFFIX_MAX_CHARS,
  WEDGE_LENGTH_RANGE,
  WEDGE_MS_RANGE,
  WEDGE_PREFIX_MAX_CHARS,
  scannerFormOf,
  validateScannerForm,
  type ScannerForm,
  type ScannerFormErrors,
  type ScannerLineEnding,
  type ScannerOverridable,
  type ScannerSettingsView,
  type SerialScannerConfig,
  type WedgeConfig,
} from '../../../shared/scanner-settings.js';
import { useT } from '../../i18n/index.js';
import { SettingsField } from './SettingsField.js';

/** The environment variable behind each setting, named in the "overridden" note. */
const ENVIRONMENT_NAMES: Record<ScannerOverridable, string> = {
  port: 'TILLCARD_SCANNER_PORT',
  baudRate: 'TILLCARD_SCANNER_BAUD',
  framing: 'TILLCARD_SCANNER_SUFFIX',
  idleMs: 'TILLCARD_SCANNER_IDLE_MS',
};

const LINE_ENDINGS: readonly ScannerLineEnding[] = ['CR', 'LF', 'CRLF', 'suffix'];

const IDLE_FIELD = { key: 'idleMs', numeric: true } as const;

const WEDGE_FIELDS = [
  { key: 'wedgePrefix', numeric: false },
  { key: 'wedgeSuffix', numeric: false },
  { key: 'wedgeMaxAverageCharMs', numeric: true },
  { key: 'wedgeMinLength', numeric: true },
] as const;

/** The Scanner section's form: edits a copy of the saved serial scanner and wedge settings and hands valid ones to onSave. */
export function ScannerSettingsForm(props: {
  view: ScannerSettingsView;
  busy: boolean;
  /** Fields the host refused on saving (a port with nothing behind it). */
  hostErrors?: ScannerFormErrors | null;
  onSave: (serial: SerialScannerConfig | null, wedge: WedgeConfig) => void;
}) {
  const { t } = useT();
  const portListId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [form, setForm] = useState<ScannerForm>(() => scannerFormOf(props.view.serial, props.view.wedge));
  const [errors, setErrors] = useState<ScannerFormErrors>({});
  /** Bumped by every refused save: the first field to fix then takes the focus (and scrolls into view). */
  const [refusals, setRefusals] = useState(0);
  useEffect(() => {
    if (!props.hostErrors) return;
    setErrors((current) => ({ ...current, ...props.hostErrors }));
    setRefusals((count) => count + 1);
  }, [props.hostErrors]);
  useEffect(() => {
    if (refusals > 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [refusals]);
  const overriddenBy = (setting: ScannerOverridable) =>
    props.view.overriddenByEnvironment.includes(setting) ? ENVIRONMENT_NAMES[setting] : null;
  const change = <K extends keyof ScannerForm>(key: K, value: ScannerForm[K]) => {
    setForm((current) => ({ ...current, [key]: value }));
    setErrors((current) => ({ ...current, [key]: undefined }));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = validateScannerForm(form);
    if (!checked.ok) {
      setErrors(checked.errors);
      setRefusals((count) => count + 1);
      return;
    }
    setErrors({});
    props.onSave(checked.serial, checked.wedge);
  };
  const message = {
    port: errors.port && t(`scannerSettings.errors.port.${errors.port}`, { port: form.port.trim() }),
    idleMs:
      errors.idleMs &&
      t('scannerSettings.errors.idleMs', { low: SCANNER_IDLE_MS_RANGE[0], high: SCANNER_IDLE_MS_RANGE[1] }),
    baudRate: errors.baudRate && t('scannerSettings.errors.baudRate', { rates: SCANNER_BAUD_RATES.join(', ') }),
    suffix: errors.suffix && t('scannerSettings.errors.suffix', { max: SCANNER_SUFFIX_MAX_CHARS }),
    wedgePrefix: errors.wedgePrefix && t('scannerSettings.errors.wedgePrefix', { max: WEDGE_PREFIX_MAX_CHARS }),
    wedgeSuffix: errors.wedgeSuffix && t('scannerSettings.errors.wedgeSuffix'),
    wedgeMaxAverageCharMs:
      errors.wedgeMaxAverageCharMs &&
      t('scannerSettings.errors.wedgeMaxAverageCharMs', { low: WEDGE_MS_RANGE[0], high: WEDGE_MS_RANGE[1] }),
    wedgeMinLength:
      errors.wedgeMinLength &&
      t('scannerSettings.errors.wedgeMinLength', { low: WEDGE_LENGTH_RANGE[0], high: WEDGE_LENGTH_RANGE[1] }),
  };
  // Beside Save too, so a refusal is never silent when the field to fix is scrolled away.
  const invalidLabels = (Object.keys(message) as (keyof typeof message)[])
    .filter((key) => message[key])
    .map((key) => t(`scannerSettings.${key}`));
  /** A free-text field of the form, its label and message named after its key. */
  const textField = ({ key, numeric }: { key: (typeof WEDGE_FIELDS)[number]['key'] | 'idleMs'; numeric: boolean }) => (
    <SettingsField
      key={key}
      label={t(`scannerSettings.${key}`)}
      error={message[key]}
      overridden={key === 'idleMs' ? overriddenBy('idleMs') : null}
    >
      {({ inputId, describedBy, invalid }) => (
        <input
          id={inputId}
          className="field__input"
          type="text"
          inputMode={numeric ? 'numeric' : 'text'}
          autoComplete="off"
          spellCheck={false}
          value={form[key]}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          onChange={(event) => change(key, event.target.value)}
        />
      )}
    </SettingsField>
  );

  return (
    <form ref={formRef} className="form" aria-labelledby="scanner-settings-heading" noValidate onSubmit={submit}>
      <h2 id="scanner-settings-heading">{t('scannerSettings.heading')}</h2>
      <p>{t('scannerSettings.lead')}</p>
      <SettingsField label={t('scannerSettings.port')} error={message.port} overridden={overriddenBy('port')}>
        {({ inputId, describedBy, invalid }) => (
          <>
            {/* A list of the ports found, and free text for a port the host could not list. */}
            <input
              id={inputId}
              className="field__input"
              type="text"
              list={portListId}
              autoComplete="off"
              spellCheck={false}
              value={form.port}
              aria-invalid={invalid}
              aria-describedby={[describedBy, `${portListId}-hint`].filter(Boolean).join(' ')}
              onChange={(event) => change('port', event.target.value)}
            />
            <datalist id={portListId}>
              {props.view.ports.map((port) => (
                <option key={port.path} value={port.path}>
                  {port.manufacturer ?? port.path}
                </option>
              ))}
            </datalist>
            <span id={`${portListId}-hint`} className="field__note">
              {props.view.portListProblem === null
                ? t('scannerSettings.portHint')
                : t('scannerSettings.noPortList', { problem: props.view.portListProblem })}
            </span>
          </>
        )}
      </SettingsField>
      <SettingsField
        label={t('scannerSettings.baudRate')}
        error={message.baudRate}
        overridden={overriddenBy('baudRate')}
      >
        {({ inputId, describedBy, invalid }) => (
          <select
            id={inputId}
            className="field__input"
            value={form.baudRate}
            aria-invalid={invalid}
            aria-describedby={describedBy}
            onChange={(event) => change('baudRate', event.target.value)}
          >
            {SCANNER_BAUD_RATES.map((rate) => (
              <option key={rate} value={String(rate)}>
                {rate}
              </option>
            ))}
          </select>
        )}
      </SettingsField>
      <SettingsField label={t('scannerSettings.lineEnding')} error={undefined} overridden={overriddenBy('framing')}>
        {({ inputId, describedBy }) => (
          <select
            id={inputId}
            className="field__input"
            value={form.lineEnding}
            aria-describedby={describedBy}
            onChange={(event) => change('lineEnding', event.target.value as ScannerLineEnding)}
          >
            {LINE_ENDINGS.map((ending) => (
              <option key={ending} value={ending}>
                {t(`scannerSettings.lineEndings.${ending}`)}
              </option>
            ))}
          </select>
        )}
      </SettingsField>
      {form.lineEnding === 'suffix' && (
        <SettingsField label={t('scannerSettings.suffix')} error={message.suffix} overridden={overriddenBy('framing')}>
          {({ inputId, describedBy, invalid }) => (
            <input
              id={inputId}
              className="field__input"
              type="text"
              autoComplete="off"
              maxLength={SCANNER_SUFFIX_MAX_CHARS + 1}
              value={form.suffix}
              aria-invalid={invalid}
              aria-describedby={describedBy}
              onChange={(event) => change('suffix', event.target.value)}
            />
          )}
        </SettingsField>
      )}
      {textField(IDLE_FIELD)}
      <h3>{t('scannerSettings.wedgeHeading')}</h3>
      {WEDGE_FIELDS.map(textField)}
      <div className="actions">
        <button className="button button--primary" type="submit" disabled={props.busy}>
          {t('scannerSettings.save')}
        </button>
      </div>
      {invalidLabels.length > 0 && (
        <p className="message message--error" role="alert">
          {t('scannerSettings.notSaved', { fields: invalidLabels.join(', ') })}
        </p>
      )}
    </form>
  );
}
