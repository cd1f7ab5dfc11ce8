import { downloadBlob } from './download-blob';

/** Saves text as a UTF-8 file. */
export function downloadText(fileName: string, text: string, type = 'text/markdown'): void {
  downloadBlob(fileName, new Blob([text], { type: `${type};charset=utf-8` }));
}
