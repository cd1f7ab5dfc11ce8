import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { zipTextFiles } from '../../src/ui/zip-text-files';

const files = [
  { path: 'adr-acme-en/README.md', text: '# Architecture Decision Records\n' },
  { path: 'adr-acme-en/0001-primary-database.md', text: '# メインのデータベース：Aurora\n' },
];
const bytesOf = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer());

/** The MS-DOS date and time fields of the first entry's local header, as y-m-d h:m. */
function entryStamp(zip: Uint8Array): string {
  const view = new DataView(zip.buffer, zip.byteOffset);
  const time = view.getUint16(10, true);
  const day = view.getUint16(12, true);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${String((day >> 9) + 1980)}-${pad((day >> 5) & 15)}-${pad(day & 31)} ${pad(time >> 11)}:${pad((time >> 5) & 63)}`;
}

const savedZone = process.env.TZ;
afterEach(() => {
  process.env.TZ = savedZone;
});

describe('zipping text files', () => {
  it('keeps every file, in order, as UTF-8', async () => {
    const entries = unzipSync(await bytesOf(zipTextFiles(files, '2026-11-24')));
    expect(Object.keys(entries)).toEqual(files.map((file) => file.path));
    expect(strFromU8(entries['adr-acme-en/0001-primary-database.md'] ?? new Uint8Array())).toBe(
      '# メインのデータベース：Aurora\n',
    );
  });

  it('gives the same bytes for the same files and date, in any time zone', async () => {
    process.env.TZ = 'Asia/Tokyo';
    const tokyo = await bytesOf(zipTextFiles(files, '2026-11-24'));
    process.env.TZ = 'America/Los_Angeles';
    const losAngeles = await bytesOf(zipTextFiles(files, '2026-11-24'));
    expect(losAngeles).toEqual(tokyo);
    expect(entryStamp(tokyo), 'stamped at noon of the date').toBe('2026-11-24 12:00');
  });

  it.each([[undefined], [''], ['0001-01-01'], ['9999-12-31'], ['not a date']])(
    'stamps 1980-01-01 for the date %j, which a zip cannot hold or which is missing',
    async (date) => {
      expect(entryStamp(await bytesOf(zipTextFiles(files, date)))).toBe('1980-01-01 00:00');
    },
  );
});
