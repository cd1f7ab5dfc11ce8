import { closeSync, openSync, readSync } from 'node:fs';

/** Why a file or standard input gave no text, as a short phrase: "larger than the 64 KB limit". */
export class UnreadableText extends Error {
  override name = 'UnreadableText';
}

/** "64 KB", "1 MB": a limit as the README states it. */
export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${bytes / (1024 * 1024)} MB` : `${bytes / 1024} KB`;
}

/** The text, strictly: a byte that is not UTF-8 would otherwise become U+FFFD and pass unnoticed. */
function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // The lenient decoding puts U+FFFD where the first bad byte is (a real U+FFFD earlier in the
    // text would be found instead, which is rare and still near).
    const lenient = new TextDecoder('utf-8').decode(bytes);
    const line = lenient.slice(0, lenient.indexOf('\uFFFD')).split('\n').length;
    throw new UnreadableText(`not UTF-8 text (line ${line}); save it as UTF-8`);
  }
}

const errnoReasons: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EISDIR: 'a folder, not a file',
};

/**
 * Reads a whole file, or standard input for `0`, as UTF-8 text, giving up as soon as it has read
 * more than `maxBytes`: a 50 MB file or an endless pipe costs no more than the limit. Every failure
 * is an UnreadableText whose message is the reason alone; the caller names the source.
 */
export function readBoundedText(source: string | 0, maxBytes: number): string {
  let fd: number | undefined;
  try {
    fd = source === 0 ? 0 : openSync(source, 'r');
    const chunks: Buffer[] = [];
    const chunk = Buffer.allocUnsafe(64 * 1024);
    let total = 0;
    for (let read = readSync(fd, chunk); read > 0; read = readSync(fd, chunk)) {
      total += read;
      if (total > maxBytes)
        throw new UnreadableText(`larger than the ${formatBytes(maxBytes)} limit`);
      chunks.push(Buffer.from(chunk.subarray(0, read)));
    }
    return decodeUtf8(Buffer.concat(chunks, total));
  } catch (error) {
    if (error instanceof UnreadableText) throw error;
    // Node's own message repeats the system call and the path ("ENOENT: no such file or
    // directory, open 'x'"), which the caller already names.
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    throw new UnreadableText(errnoReasons[code] ?? code);
  } finally {
    if (fd !== undefined && fd !== 0) closeSync(fd);
  }
}
