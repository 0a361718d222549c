/** Saves what the server or a chart produced as a file in the browser. */
function downloadHref(href: string, fileName: string): void {
  const link = document.createElement('a');
  link.href = href;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
}

export function downloadDataUrl(url: string, fileName: string): void {
  downloadHref(url, fileName);
}

export function downloadBase64(file: { fileName: string; base64: string }): void {
  const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
  downloadHref(url, file.fileName);
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
