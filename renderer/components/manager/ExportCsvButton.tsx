/** Downloads a CSV made in the page (nothing leaves the terminal but the file). */
export function ExportCsvButton({ label, fileName, csv }: { label: string; fileName: string; csv: () => string }) {
  function download() {
    const blob = new Blob([csv()], { type: 'text/csv;charset=utf-8' });
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
      {label}
    </button>
  );
}
