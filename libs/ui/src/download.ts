// Saving what the server or a chart produced as a file in the browser, through a temporary
// link. One copy for every app: exports, dossiers, attachments, chart images.

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function clickLink(href: string, fileName: string): void {
  const link = document.createElement('a');
  link.href = href;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
}

/** A data: URL (an ECharts or Cytoscape image) saved under a name. */
export function downloadDataUrl(url: string, fileName: string): void {
  clickLink(url, fileName);
}

export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  clickLink(url, fileName);
  // Let the browser start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A base64 file as the API returns it; XLSX unless it says otherwise. */
export function downloadBase64(file: { fileName: string; base64: string; contentType?: string }): void {
  const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
  downloadBlob(new Blob([bytes], { type: file.contentType ?? XLSX_TYPE }), file.fileName);
}
