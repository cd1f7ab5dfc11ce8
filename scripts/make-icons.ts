import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

/**
 * Draws the app icons into public/ (run once after changing the design: `npx tsx
 * scripts/make-icons.ts`). Three stacked bars on navy, drawn pixel by pixel and encoded as PNG with
 * node:zlib, so no image tool or download is needed. The bars stay inside the central 80% that a
 * maskable icon may crop to.
 */
const navy = [0x1f, 0x3a, 0x5f] as const;
const white = [0xff, 0xff, 0xff] as const;
const bars = [
  { top: 0.3, bottom: 0.4, left: 0.3, right: 0.7 },
  { top: 0.45, bottom: 0.55, left: 0.25, right: 0.75 },
  { top: 0.6, bottom: 0.7, left: 0.2, right: 0.8 },
];

function pixel(x: number, y: number): readonly [number, number, number] {
  return bars.some((bar) => y >= bar.top && y < bar.bottom && x >= bar.left && x < bar.right)
    ? white
    : navy;
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = (crcTable[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // truecolour RGB
  const rows = Buffer.alloc(size * (size * 3 + 1));
  for (let y = 0; y < size; y += 1) {
    const row = y * (size * 3 + 1);
    for (let x = 0; x < size; x += 1) {
      rows.set(pixel((x + 0.5) / size, (y + 0.5) / size), row + 1 + x * 3);
    }
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const svgBars = bars
  .map(
    (bar) =>
      `<rect x="${bar.left * 64}" y="${bar.top * 64}" width="${(bar.right - bar.left) * 64}" height="${(bar.bottom - bar.top) * 64}" rx="1" fill="#fff"/>`,
  )
  .join('');

mkdirSync('public', { recursive: true });
writeFileSync('public/icon-192.png', png(192));
writeFileSync('public/icon-512.png', png(512));
writeFileSync('public/apple-touch-icon.png', png(180));
writeFileSync(
  'public/favicon.svg',
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="12" fill="#1f3a5f"/>${svgBars}</svg>\n`,
);
