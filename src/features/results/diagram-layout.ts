import { wrapText } from './wrap-text';

export interface DiagramItem {
  slot: string;
  title: string;
  service: string;
  changed: boolean;
}

export interface DiagramBandInput {
  id: string;
  label: string;
  caption: string | null;
  /** Bands that serve every tier are drawn dashed rather than as a step in the request flow. */
  dashed: boolean;
  /** Draw an arrow from this band into the next one (requests flowing down the tiers). */
  flowsIntoNext: boolean;
  items: DiagramItem[];
}

export interface PlacedBox extends DiagramItem {
  x: number;
  y: number;
  width: number;
  height: number;
  titleLines: string[];
  serviceLines: string[];
}

export interface PlacedBand extends Omit<DiagramBandInput, 'items'> {
  x: number;
  y: number;
  width: number;
  height: number;
  boxes: PlacedBox[];
}

export interface DiagramLayout {
  width: number;
  height: number;
  bands: PlacedBand[];
  arrows: { x: number; y1: number; y2: number }[];
}

export const diagramMetrics = {
  margin: 8,
  bandPadding: 12,
  gap: 12,
  bandGap: 32,
  headerHeight: 30,
  captionHeight: 20,
  titleSize: 13,
  titleLineHeight: 17,
  serviceSize: 15,
  serviceLineHeight: 19,
  boxInset: 10,
  minBoxWidth: 150,
  maxColumns: 4,
} as const;

const m = diagramMetrics;
const boxHeight = m.boxInset * 2 + m.titleLineHeight * 2 + 4 + m.serviceLineHeight * 2;

/**
 * How many boxes fit side by side in a container this wide, and how wide each is, so the
 * diagram is drawn near 1:1 (readable text on a 360 px phone) rather than shrunk to fit.
 */
export function diagramGrid(containerWidth: number): { columns: number; boxWidth: number } {
  const chrome = 2 * (m.margin + m.bandPadding);
  const fit = Math.floor((containerWidth - chrome + m.gap) / (m.minBoxWidth + m.gap));
  const columns = Math.min(m.maxColumns, Math.max(2, fit));
  const boxWidth = Math.max(
    m.minBoxWidth,
    Math.floor((containerWidth - chrome - (columns - 1) * m.gap) / columns),
  );
  return { columns, boxWidth };
}

function placeBox(item: DiagramItem, x: number, y: number, width: number): PlacedBox {
  const textWidth = width - 2 * m.boxInset;
  return {
    ...item,
    x,
    y,
    width,
    height: boxHeight,
    titleLines: wrapText(item.title, textWidth / m.titleSize, 2),
    serviceLines: wrapText(item.service, textWidth / m.serviceSize, 2),
  };
}

/** Places the bands top to bottom, each a grid of boxes, with arrows along the request flow. */
export function layoutDiagram(
  bands: readonly DiagramBandInput[],
  columns: number,
  boxWidth: number,
): DiagramLayout {
  const innerWidth = columns * boxWidth + (columns - 1) * m.gap;
  const bandWidth = innerWidth + 2 * m.bandPadding;
  const placed: PlacedBand[] = [];
  let y = m.margin;
  for (const { items, ...band } of bands) {
    const top = y + m.headerHeight + (band.caption ? m.captionHeight : 0);
    const boxes = items.map((item, i) =>
      placeBox(
        item,
        m.margin + m.bandPadding + (i % columns) * (boxWidth + m.gap),
        top + Math.floor(i / columns) * (boxHeight + m.gap),
        boxWidth,
      ),
    );
    const rows = Math.max(1, Math.ceil(items.length / columns));
    const height = top - y + rows * boxHeight + (rows - 1) * m.gap + m.bandPadding;
    placed.push({ ...band, x: m.margin, y, width: bandWidth, height, boxes });
    y += height + m.bandGap;
  }
  const arrows = placed.flatMap((band, i) => {
    const next = placed[i + 1];
    return band.flowsIntoNext && next
      ? [{ x: m.margin + bandWidth / 2, y1: band.y + band.height, y2: next.y }]
      : [];
  });
  return {
    width: bandWidth + 2 * m.margin,
    height: y - m.bandGap + m.margin,
    bands: placed,
    arrows,
  };
}
