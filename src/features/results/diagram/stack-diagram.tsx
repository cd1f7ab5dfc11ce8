import { memo, useId } from 'react';
import japanesePhraseBreaks from 'virtual:content/diagram-phrases-ja';
import type { StackEntry } from '../../../domain/advice';
import type { ResultsContent } from '../../../domain/results-content';
import { useFormat } from '../../../i18n/use-format';
import { useLocalize } from '../../../i18n/use-localize';
import { messages } from '../messages';
import {
  diagramCanvasWidth,
  diagramMetrics as m,
  layoutDiagram,
  type PlacedBox,
  type PlacedLane,
} from './diagram-layout';
import { describeBox, describeLanes, diagramLanes } from './diagram-lanes';
import styles from './stack-diagram.module.css';
import { resultsColumnWidth } from '../results-column-width';
import { useElementWidth } from './use-element-width';

interface StackDiagramProps {
  stack: readonly StackEntry[];
  changedSlots: ReadonlySet<string>;
  clients: readonly string[];
  content: ResultsContent;
  /** The "What if?" panel stands beside the results, so the diagram's column is narrower. */
  panelBeside: boolean;
}

/**
 * How far the column may be from the width the diagram was laid out for before it is laid out
 * again: the picture scales to its column, and 4% of the text size is not worth a second layout.
 */
const widthTolerance = 0.04;

/** Lines of SVG text, which cannot wrap by itself: one `tspan` a line, from the first baseline. */
function TextLines({
  lines,
  className,
  fontSize,
  x,
  firstBaseline,
  lineHeight,
}: {
  lines: readonly string[];
  className: string | undefined;
  fontSize: number;
  x: number;
  firstBaseline: number;
  lineHeight: number;
}) {
  return (
    <text className={className} fontSize={fontSize}>
      {lines.map((line, i) => (
        <tspan key={i} x={x} y={firstBaseline + i * lineHeight}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

function DiagramBox({
  box,
  changedTag,
  tooltip,
}: {
  box: PlacedBox;
  changedTag: string;
  tooltip: string;
}) {
  const serviceTop =
    box.y +
    m.boxInset +
    box.titleLines.length * m.titleLineHeight +
    m.titleServiceGap +
    m.serviceSize;
  return (
    <g className={box.changed ? styles.boxChanged : styles.box}>
      <title>{tooltip}</title>
      <rect x={box.x} y={box.y} width={box.width} height={box.height} rx={6} />
      <TextLines
        lines={box.titleLines}
        className={styles.boxTitle}
        fontSize={m.titleSize}
        x={box.x + m.boxInset}
        firstBaseline={box.y + m.boxInset + m.titleSize}
        lineHeight={m.titleLineHeight}
      />
      <TextLines
        lines={box.serviceLines}
        className={styles.boxService}
        fontSize={m.serviceSize}
        x={box.x + m.boxInset}
        firstBaseline={serviceTop}
        lineHeight={m.serviceLineHeight}
      />
      {box.changed ? (
        <text
          className={styles.changedTag}
          x={box.x + box.width - m.boxInset}
          y={box.y + 4}
          textAnchor="end"
          fontSize={12}
        >
          {changedTag}
        </text>
      ) : null}
    </g>
  );
}

function DiagramLane({ lane }: { lane: PlacedLane }) {
  const captionTop = lane.y + m.lanePadding + lane.labelLines.length * m.labelLineHeight;
  return (
    <>
      <rect
        className={lane.dashed ? styles.laneDashed : styles.lane}
        x={lane.x}
        y={lane.y}
        width={lane.width}
        height={lane.height}
        rx={10}
      />
      <TextLines
        lines={lane.labelLines}
        className={styles.laneLabel}
        fontSize={m.labelSize}
        x={lane.x + m.lanePadding}
        firstBaseline={lane.y + m.lanePadding + m.labelSize}
        lineHeight={m.labelLineHeight}
      />
      {lane.captionLines.length > 0 ? (
        <TextLines
          lines={lane.captionLines}
          className={styles.laneCaption}
          fontSize={m.captionSize}
          x={lane.x + m.lanePadding}
          firstBaseline={captionTop + m.captionSize}
          lineHeight={m.captionLineHeight}
        />
      ) : null}
    </>
  );
}

/**
 * The recommended stack as a request-flow picture: clients, edge and hosting, the API, compute and
 * data from top to bottom with arrows, async work and features beside compute, and the services
 * across the stack in a dashed lane. Drawn near 1:1 on a phone and enlarged on a wide screen;
 * screen readers get it as a sentence per lane, and every box's full text is its tooltip.
 */
export const StackDiagram = memo(function StackDiagram({
  stack,
  changedSlots,
  clients,
  content,
  panelBeside,
}: StackDiagramProps) {
  const t = useLocalize();
  const titleId = useId();
  const descriptionId = useId();
  // The column's width follows from the viewport's and the page's CSS, so the diagram is laid out
  // at its size in its first render instead of again once measured.
  const [measure, width] = useElementWidth(
    resultsColumnWidth(window.innerWidth, panelBeside),
    widthTolerance,
  );
  const format = useFormat();
  const { list } = format;
  const lanes = diagramLanes({ stack, changedSlots, clients, content, t, list });
  // One table serves both languages (English words have none to look up). It comes with the
  // diagram's code, 0.6 KB gzip, rather than with the Japanese texts: loaded apart, a Japanese page
  // would wait for one more request before it hydrates, and the route loader, the language switch
  // and the offline cache would each have to fetch it.
  const layout = layoutDiagram(lanes, diagramCanvasWidth(width), japanesePhraseBreaks);
  const description = describeLanes(layout.lanes, lanes, t, format);
  const changedTag = t(messages.diagramChangedTag);

  return (
    <figure className={styles.figure} ref={measure}>
      <svg
        className={styles.svg}
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        role="img"
        aria-labelledby={titleId}
        aria-describedby={descriptionId}
      >
        <title id={titleId}>{t(messages.diagramTitle)}</title>
        <desc id={descriptionId}>{description}</desc>
        <defs>
          <marker
            id={`${titleId}-arrow`}
            viewBox="0 0 10 10"
            refX={9}
            refY={5}
            markerWidth={8}
            markerHeight={8}
            orient="auto-start-reverse"
          >
            <path d="M 0 0 L 10 5 L 0 10 z" className={styles.arrowHead} />
          </marker>
        </defs>
        {layout.lanes.map((lane) => (
          <g key={lane.id}>
            <DiagramLane lane={lane} />
            {lane.boxes.map((box) => (
              <DiagramBox
                key={box.slot}
                box={box}
                changedTag={changedTag}
                tooltip={describeBox(box, t)}
              />
            ))}
          </g>
        ))}
        {layout.arrows.map((arrow) => (
          <line
            key={`${arrow.from}-${arrow.to}`}
            className={styles.arrow}
            x1={arrow.x1}
            y1={arrow.y1}
            x2={arrow.x2}
            y2={arrow.y2}
            markerEnd={`url(#${titleId}-arrow)`}
          />
        ))}
      </svg>
      <figcaption className={styles.caption}>{t(messages.diagramCaption)}</figcaption>
    </figure>
  );
});
