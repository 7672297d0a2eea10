import type { ShiftReportResponse } from '../../../shared/backend-api.js';
import { shiftReportCsv } from './report-data.js';
import { useT } from '../../i18n/index.js';

/** Downloads the shift report as CSV, made in the page (nothing leaves the terminal but the file). */
export function ExportCsvButton({ report, fileName }: { report: ShiftReportResponse; fileName: string }) {
  const { t } = useT();
  function download() {
    const blob = new Blob([shiftReportCsv(report, report.store)], { type: 'text/csv;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    document.body.append(link);
    link.click();
    link.remove();
    // Revoked on the next turn: the click has started the download by then.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
  return (
    <button className="button" type="button" onClick={download}>
      {t('manager.exportCsv')}
    </button>
  );
}
