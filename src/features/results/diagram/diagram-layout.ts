import { wrapText } from './wrap-text';

export interface DiagramItem {
  slot: string;
  title: string;
  /** The full service name, for the text description. */
  service: string;
  /** The name drawn in the box. */
  shortService: string;
  changed: boolean;
}

export interface DiagramBandInput {
  id: string;
  label: string;
  caption: string | null;
  /** Bands that serve every tier are drawn dashed rather than as a step in the request flow. */
  dashed: boolean;
  /** One of the three tiers requests flow through (frontend, backend, data), in that order. */
  inFlow: boolean;
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

export interface PlacedBand extends Omit<DiagramBandInput, 'items' | 'label' | 'caption'> {
  x: number;
  y: number;
  width: number;
  height: number;
  labelLines: string[];
  captionLines: string[];
  boxes: PlacedBox[];
}

export interface DiagramLayout {
  width: number;
  height: number;
  bands: PlacedBand[];
  arrows: { x1: number; y1: number; x2: number; y2: number }[];
}

export const diagramMetrics = {
  margin: 8,
  bandPadding: 12,
  gap: 12,
  bandGap: 32,
  /** From this many boxes a row, the three tiers stand side by side as columns. */
  tierColumnsFrom: 3,
  labelSize: 15,
  labelLineHeight: 19,
  captionSize: 13,
  captionLineHeight: 17,
  titleSize: 13,
  titleLineHeight: 17,
  serviceSize: 15,
  serviceLineHeight: 19,
  titleServiceGap: 4,
  boxInset: 10,
  minBoxWidth: 150,
  /** Bold text runs wider than the width estimate for regular text. */
  boldWidth: 1.12,
  maxColumns: 4,
} as const;

const m = diagramMetrics;
/** Space left between an arrow's ends and the bands it joins. */
const arrowClearance = 3;
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

interface WrappedItem {
  item: DiagramItem;
  titleLines: string[];
  serviceLines: string[];
}

function wrapItems(items: readonly DiagramItem[], boxWidth: number): WrappedItem[] {
  const textWidth = boxWidth - 2 * m.boxInset;
  return items.map((item) => ({
    item,
    titleLines: wrapText(item.title, textWidth / m.titleSize, 2),
    serviceLines: wrapText(item.shortService, textWidth / (m.serviceSize * m.boldWidth), 3),
  }));
}

/** One height for all boxes of a band (or of the tiers side by side): the tallest text in them. */
function boxHeightFor(wrapped: readonly WrappedItem[]): number {
  const titleLines = Math.max(1, ...wrapped.map((entry) => entry.titleLines.length));
  const serviceLines = Math.max(1, ...wrapped.map((entry) => entry.serviceLines.length));
  return (
    m.boxInset * 2 +
    titleLines * m.titleLineHeight +
    m.titleServiceGap +
    serviceLines * m.serviceLineHeight
  );
}

/** A band's label and caption, wrapped to its width, and the height they take above the boxes. */
function bandHeader(band: DiagramBandInput, width: number) {
  const textWidth = width - 2 * m.bandPadding;
  const labelLines = wrapText(band.label, textWidth / (m.labelSize * m.boldWidth), 2);
  const captionLines = band.caption ? wrapText(band.caption, textWidth / m.captionSize, 2) : [];
  const height =
    m.bandPadding +
    labelLines.length * m.labelLineHeight +
    captionLines.length * m.captionLineHeight +
    m.gap / 2;
  return { labelLines, captionLines, height };
}

interface BandFrame {
  x: number;
  y: number;
  width: number;
  columns: number;
  /** Height above the boxes; tiers side by side share the tallest so their boxes line up. */
  headerHeight: number;
  boxHeight: number;
}

function boxWidthIn(width: number, columns: number): number {
  return (width - 2 * m.bandPadding - (columns - 1) * m.gap) / columns;
}

/** One band: its header, then a grid of boxes. */
function placeBand(band: DiagramBandInput, frame: BandFrame): PlacedBand {
  const { x, y, width, columns, headerHeight, boxHeight } = frame;
  const boxWidth = boxWidthIn(width, columns);
  const top = y + headerHeight;
  const boxes = wrapItems(band.items, boxWidth).map((wrapped, i) => ({
    ...wrapped.item,
    titleLines: wrapped.titleLines,
    serviceLines: wrapped.serviceLines,
    x: x + m.bandPadding + (i % columns) * (boxWidth + m.gap),
    y: top + Math.floor(i / columns) * (boxHeight + m.gap),
    width: boxWidth,
    height: boxHeight,
  }));
  const rows = Math.max(1, Math.ceil(band.items.length / columns));
  const { labelLines, captionLines } = bandHeader(band, width);
  return {
    id: band.id,
    dashed: band.dashed,
    inFlow: band.inFlow,
    x,
    y,
    width,
    height: headerHeight + rows * boxHeight + (rows - 1) * m.gap + m.bandPadding,
    labelLines,
    captionLines,
    boxes,
  };
}

interface BandBlock {
  bands: PlacedBand[];
  arrows: DiagramLayout['arrows'];
  height: number;
}

/** The three tiers side by side, equal in height, with arrows from left to right. */
function tierColumns(tiers: readonly DiagramBandInput[], y: number, width: number): BandBlock {
  const columnWidth = (width - (tiers.length - 1) * m.bandGap) / tiers.length;
  const headerHeight = Math.max(...tiers.map((band) => bandHeader(band, columnWidth).height));
  const boxHeight = boxHeightFor(
    wrapItems(
      tiers.flatMap((band) => band.items),
      boxWidthIn(columnWidth, 1),
    ),
  );
  const placed = tiers.map((band, i) =>
    placeBand(band, {
      x: m.margin + i * (columnWidth + m.bandGap),
      y,
      width: columnWidth,
      columns: 1,
      headerHeight,
      boxHeight,
    }),
  );
  const height = Math.max(...placed.map((band) => band.height));
  const arrowY = y + headerHeight + boxHeight / 2;
  return {
    bands: placed.map((band) => ({ ...band, height })),
    arrows: placed.slice(1).map((band) => ({
      x1: band.x - m.bandGap + arrowClearance,
      y1: arrowY,
      x2: band.x - arrowClearance,
      y2: arrowY,
    })),
    height,
  };
}

/** Bands stacked top to bottom; consecutive tiers get an arrow down between them. */
function stackedBands(
  bands: readonly DiagramBandInput[],
  y: number,
  width: number,
  columns: number,
): BandBlock {
  const placed: PlacedBand[] = [];
  let top = y;
  for (const band of bands) {
    const next = placeBand(band, {
      x: m.margin,
      y: top,
      width,
      columns,
      headerHeight: bandHeader(band, width).height,
      boxHeight: boxHeightFor(wrapItems(band.items, boxWidthIn(width, columns))),
    });
    placed.push(next);
    top += next.height + m.bandGap;
  }
  const middle = m.margin + width / 2;
  const arrows = placed.flatMap((band, i) => {
    const next = placed[i + 1];
    return band.inFlow && next?.inFlow
      ? [
          {
            x1: middle,
            y1: band.y + band.height + arrowClearance,
            x2: middle,
            y2: next.y - arrowClearance,
          },
        ]
      : [];
  });
  return { bands: placed, arrows, height: Math.max(0, top - y - m.bandGap) };
}

/**
 * Places the bands: the three tiers first (side by side when there is room for
 * `tierColumnsFrom` boxes a row, else stacked), then the other bands full width below.
 */
export function layoutDiagram(
  bands: readonly DiagramBandInput[],
  columns: number,
  boxWidth: number,
): DiagramLayout {
  const width = columns * boxWidth + (columns - 1) * m.gap + 2 * m.bandPadding;
  const tiers = bands.filter((band) => band.inFlow);
  const others = bands.filter((band) => !band.inFlow);
  const top =
    columns >= m.tierColumnsFrom && tiers.length > 1
      ? tierColumns(tiers, m.margin, width)
      : stackedBands(tiers, m.margin, width, columns);
  const bottomY = m.margin + top.height + (top.height > 0 ? m.bandGap : 0);
  const bottom = stackedBands(others, bottomY, width, columns);
  return {
    width: width + 2 * m.margin,
    height: bottomY + bottom.height + m.margin,
    bands: [...top.bands, ...bottom.bands],
    arrows: [...top.arrows, ...bottom.arrows],
  };
}
