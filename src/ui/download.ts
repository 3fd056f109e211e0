/** Saving text as a file download, and file names "after the graph and date". */

/** `<graph name>-<YYYY-MM-DD><suffix>.<extension>`, safe for every file system. */
export function downloadName(graphName: string, extension: string, suffix = ''): string {
  const date = new Date().toISOString().slice(0, 10);
  const safe =
    graphName.replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^[-.]+|[-.]+$/g, '') || 'graph';
  return `${safe}-${date}${suffix}.${extension}`;
}

/** Offers `text` as a download named `fileName`. */
export function downloadText(fileName: string, text: string, type: string): void {
  downloadBlob(fileName, new Blob([text], { type }));
}

/** Offers a blob (a picture, a file) as a download named `fileName`. */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
