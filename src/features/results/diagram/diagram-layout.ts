import type { Lane } from '../../../domain/stack-tiers';
import { clampLines, widestPhrase, wrapText, type PhraseBreaks } from './wrap-text';

/** A lane of the diagram: where content puts a slot, plus the clients the requests come from. */
export type DiagramLaneId = 'clients' | Lane;

export interface DiagramItem {
  slot: string;
  title: string;
  /** The full service name, for the tooltip and the text description. */
  service: string;
  /** The name drawn in the box. */
  shortService: string;
  changed: boolean;
}

export interface DiagramLaneInput {
  id: DiagramLaneId;
  label: string;
  /** Text under the label, never cut (the clients lane lists every client here). */
  caption: string | null;
  items: DiagramItem[];
}

/** Every text `layoutDiagram` wraps: the build finds their phrases (node/diagram-phrases.ts). */
export function wrappedTexts(lanes: readonly DiagramLaneInput[]): string[] {
  return lanes.flatMap((lane) => [
    lane.label,
    ...(lane.caption ? [lane.caption] : []),
    ...lane.items.flatMap((item) => [item.title, item.shortService]),
  ]);
}

export interface PlacedBox extends DiagramItem {
  x: number;
  y: number;
  width: number;
  height: number;
  titleLines: string[];
  serviceLines: string[];
  /** Some text did not fit and ends in "…": the tooltip and the description hold all of it. */
  cut: boolean;
}

export interface PlacedLane {
  id: DiagramLaneId;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Lanes beside the request flow that serve all of it are drawn dashed. */
  dashed: boolean;
  labelLines: string[];
  captionLines: string[];
  boxes: PlacedBox[];
}

/** An arrow of the request flow, from one lane's bottom edge to the next lane's top edge. */
export interface FlowArrow {
  from: DiagramLaneId;
  to: DiagramLaneId;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface DiagramLayout {
  width: number;
  height: number;
  lanes: PlacedLane[];
  arrows: FlowArrow[];
}

/** The lanes a request crosses, in order; a lane without slots is left out of the flow. */
export const flowLanes: readonly DiagramLaneId[] = ['clients', 'edge', 'entry', 'compute', 'data'];
/** Drawn beside compute: to its right when there is room, else below the flow. */
const besideCompute: readonly DiagramLaneId[] = ['async', 'feature'];
/** Drawn dashed under everything, serving every lane. */
const acrossStack: readonly DiagramLaneId[] = ['cross-cutting'];

export const diagramMetrics = {
  margin: 8,
  lanePadding: 10,
  /** Between boxes, and between a lane's header and its boxes. */
  gap: 8,
  /** Between lanes of the flow: room for an arrow. */
  laneGap: 24,
  /** Between lanes beside the flow, and between the flow and the column beside it. */
  besideGap: 20,
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
  minBoxWidth: 132,
  maxBoxWidth: 240,
  maxTitleLines: 3,
  maxServiceLines: 3,
  /** Bold text runs wider than the width estimate for regular text. */
  boldWidth: 1.12,
  /** From this canvas width, lanes beside compute stand to its right. */
  besideFrom: 560,
  /** The share of the canvas the column beside the flow takes. */
  besideShare: 0.4,
  /** A phone draws the diagram 1:1; a wide screen or a projector enlarges it by `zoom`. */
  zoomFrom: 880,
  zoom: 1.2,
  minCanvasWidth: 300,
} as const;

const m = diagramMetrics;
/** Space left between an arrow's ends and the lanes it joins. */
const arrowClearance = 3;

/**
 * The width to lay the diagram out at for a container this wide. On a phone it is the container
 * itself, so text is drawn at its size; from `zoomFrom` the canvas is narrower than the container
 * and scales up, so a projected page stays legible from the back of the room.
 */
export function diagramCanvasWidth(containerWidth: number): number {
  return containerWidth >= m.zoomFrom
    ? Math.round(containerWidth / m.zoom)
    : Math.max(m.minCanvasWidth, Math.round(containerWidth));
}

interface BoxText {
  titleEm: number;
  serviceEm: number;
}

function boxText(boxWidth: number): BoxText {
  const textWidth = boxWidth - 2 * m.boxInset;
  return { titleEm: textWidth / m.titleSize, serviceEm: textWidth / (m.serviceSize * m.boldWidth) };
}

function wrapBox(item: DiagramItem, boxWidth: number, breaks: PhraseBreaks) {
  const { titleEm, serviceEm } = boxText(boxWidth);
  const title = clampLines(wrapText(item.title, titleEm, breaks), titleEm, m.maxTitleLines);
  const service = clampLines(
    wrapText(item.shortService, serviceEm, breaks),
    serviceEm,
    m.maxServiceLines,
  );
  return { titleLines: title.lines, serviceLines: service.lines, cut: title.cut || service.cut };
}

/** The item's text wraps in a box this wide without splitting a phrase or cutting a line. */
function fitsWhole(item: DiagramItem, boxWidth: number, breaks: PhraseBreaks): boolean {
  const { titleEm, serviceEm } = boxText(boxWidth);
  return (
    widestPhrase(item.title, breaks) <= titleEm &&
    widestPhrase(item.shortService, breaks) <= serviceEm &&
    !wrapBox(item, boxWidth, breaks).cut
  );
}

/** As many boxes a row as fit at their minimum width, fewer when some text needs a wider box. */
function boxGrid(items: readonly DiagramItem[], innerWidth: number, breaks: PhraseBreaks) {
  const boxWidthFor = (columns: number) =>
    Math.min(m.maxBoxWidth, (innerWidth - (columns - 1) * m.gap) / columns);
  let columns = Math.max(
    1,
    Math.min(items.length, Math.floor((innerWidth + m.gap) / (m.minBoxWidth + m.gap))),
  );
  while (columns > 1 && !items.every((item) => fitsWhole(item, boxWidthFor(columns), breaks))) {
    columns -= 1;
  }
  return { columns, boxWidth: boxWidthFor(columns) };
}

/** A lane: its label and caption, wrapped, then its boxes in centred rows of equal height. */
function placeLane(
  lane: DiagramLaneInput,
  x: number,
  y: number,
  width: number,
  breaks: PhraseBreaks,
): PlacedLane {
  const innerWidth = width - 2 * m.lanePadding;
  const labelLines = wrapText(lane.label, innerWidth / (m.labelSize * m.boldWidth), breaks);
  const captionLines = lane.caption
    ? wrapText(lane.caption, innerWidth / m.captionSize, breaks)
    : [];
  const headerHeight =
    labelLines.length * m.labelLineHeight + captionLines.length * m.captionLineHeight;
  const { columns, boxWidth } = boxGrid(lane.items, innerWidth, breaks);
  const wrapped = lane.items.map((item) => ({ item, ...wrapBox(item, boxWidth, breaks) }));
  const titleLines = Math.max(1, ...wrapped.map((box) => box.titleLines.length));
  const serviceLines = Math.max(1, ...wrapped.map((box) => box.serviceLines.length));
  const boxHeight =
    2 * m.boxInset +
    titleLines * m.titleLineHeight +
    m.titleServiceGap +
    serviceLines * m.serviceLineHeight;
  const boxesTop = y + m.lanePadding + headerHeight + m.gap;
  const boxes = wrapped.map(({ item, ...text }, i) => {
    const row = Math.floor(i / columns);
    const inRow = Math.min(columns, wrapped.length - row * columns);
    const rowWidth = inRow * boxWidth + (inRow - 1) * m.gap;
    const rowX = x + m.lanePadding + (innerWidth - rowWidth) / 2;
    return {
      ...item,
      ...text,
      x: rowX + (i % columns) * (boxWidth + m.gap),
      y: boxesTop + row * (boxHeight + m.gap),
      width: boxWidth,
      height: boxHeight,
    };
  });
  const rows = Math.ceil(boxes.length / columns);
  const boxesHeight = rows > 0 ? m.gap + rows * boxHeight + (rows - 1) * m.gap : 0;
  return {
    id: lane.id,
    x,
    y,
    width,
    height: 2 * m.lanePadding + headerHeight + boxesHeight,
    dashed: acrossStack.includes(lane.id),
    labelLines,
    captionLines,
    boxes,
  };
}

/** Lanes one under another from `top`; returns them and the bottom edge of the last. */
function stackLanes(
  lanes: readonly DiagramLaneInput[],
  breaks: PhraseBreaks,
  frame: { x: number; top: number; width: number; gap: number },
): { placed: PlacedLane[]; bottom: number } {
  const placed: PlacedLane[] = [];
  let y = frame.top;
  for (const lane of lanes) {
    const next = placeLane(lane, frame.x, y, frame.width, breaks);
    placed.push(next);
    y = next.y + next.height + frame.gap;
  }
  return { placed, bottom: placed.length > 0 ? y - frame.gap : frame.top };
}

/**
 * Places the lanes as a request-flow diagram: the flow lanes (clients, edge, entry, compute,
 * data) from top to bottom with an arrow between each pair present, async work and features
 * beside compute (to its right on a wide canvas, else below the flow), and the cross-cutting lane
 * dashed under everything. Lanes never overlap, boxes stay inside their lane, and every lane inside
 * the canvas of `canvasWidth`. Japanese text breaks between the phrases `breaks` gives.
 */
export function layoutDiagram(
  lanes: readonly DiagramLaneInput[],
  canvasWidth: number,
  breaks: PhraseBreaks,
): DiagramLayout {
  const pick = (ids: readonly DiagramLaneId[]) =>
    ids.flatMap((id) => lanes.filter((lane) => lane.id === id));
  const flow = pick(flowLanes);
  const beside = pick(besideCompute);
  const across = pick(acrossStack);
  const innerWidth = canvasWidth - 2 * m.margin;
  const sideBySide = beside.length > 0 && flow.length > 0 && canvasWidth >= m.besideFrom;
  const besideWidth = sideBySide ? Math.round(innerWidth * m.besideShare) : innerWidth;
  const flowWidth = sideBySide ? innerWidth - besideWidth - m.besideGap : innerWidth;

  const placedFlow = stackLanes(flow, breaks, {
    x: m.margin,
    top: m.margin,
    width: flowWidth,
    gap: m.laneGap,
  });
  const anchor =
    placedFlow.placed.find((lane) => lane.id === 'compute') ??
    placedFlow.placed.find((lane) => lane.id !== 'clients');
  const placedBeside = stackLanes(beside, breaks, {
    x: sideBySide ? m.margin + flowWidth + m.besideGap : m.margin,
    top: sideBySide
      ? (anchor?.y ?? m.margin)
      : placedFlow.bottom + (flow.length > 0 ? m.laneGap : 0),
    width: besideWidth,
    gap: m.besideGap,
  });
  const above = Math.max(placedFlow.bottom, placedBeside.bottom);
  const placedAcross = stackLanes(across, breaks, {
    x: m.margin,
    top: above + (flow.length + beside.length > 0 ? m.laneGap : 0),
    width: innerWidth,
    gap: m.besideGap,
  });

  const arrowX = m.margin + flowWidth / 2;
  const arrows = placedFlow.placed.slice(1).map((lane, i) => {
    const previous = placedFlow.placed[i] as PlacedLane;
    return {
      from: previous.id,
      to: lane.id,
      x1: arrowX,
      y1: previous.y + previous.height + arrowClearance,
      x2: arrowX,
      y2: lane.y - arrowClearance,
    };
  });
  return {
    width: canvasWidth,
    height: (across.length > 0 ? placedAcross.bottom : above) + m.margin,
    lanes: [...placedFlow.placed, ...placedBeside.placed, ...placedAcross.placed],
    arrows,
  };
}
