import { Zip, ZipPassThrough, strToU8 } from 'fflate';

export interface TextFile {
  /** The path inside the archive, `/` between folders. */
  path: string;
  text: string;
}

/** The earliest time a zip entry can carry (the MS-DOS epoch): the stamp of an undated archive. */
const undated = new Date(1980, 0, 1);
const lastZipYear = 2099;

/**
 * Noon of a YYYY-MM-DD date, built from local fields because zip times are local wall-clock
 * fields: so the bytes are the same in every time zone. fflate writes only the years 1980 to
 * 2099; a date outside them (a date field accepts year 1 or 9999) gets the undated stamp.
 */
function entryTime(date: string | undefined): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date ?? '');
  if (!match) return undated;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  return year >= 1980 && year <= lastZipYear ? new Date(year, month - 1, day, 12) : undated;
}

/**
 * Text files as a zip archive of UTF-8 entries, in the order given. The same files and date give
 * the same bytes: each entry is stamped with noon of `date` or, without one, 1980-01-01, never
 * with the clock. Stored, not deflated: a few Markdown files gain little from compression, and the
 * deflate code would add 2 KB (gzip) to the app.
 */
export function zipTextFiles(files: readonly TextFile[], date: string | undefined): Blob {
  const modified = entryTime(date);
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  // Every entry is stored, so fflate calls back synchronously and the archive is complete below.
  const archive = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  for (const file of files) {
    const entry = new ZipPassThrough(file.path);
    entry.mtime = modified;
    archive.add(entry);
    entry.push(strToU8(file.text), true);
  }
  archive.end();
  return new Blob(chunks, { type: 'application/zip' });
}
