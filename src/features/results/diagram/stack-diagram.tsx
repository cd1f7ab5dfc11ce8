import { memo, useId } from 'react';
import type { StackEntry } from '../../../domain/advice';
import type { Content } from '../../../domain/content';
import { useFormat } from '../../../i18n/use-format';
import { useLocalize } from '../../../i18n/use-localize';
import { describeBands, diagramBands } from './diagram-bands';
import { diagramGrid, diagramMetrics as m, layoutDiagram, type PlacedBox } from './diagram-layout';
import { messages } from '../messages';
import styles from './stack-diagram.module.css';
import { useElementWidth } from './use-element-width';

interface StackDiagramProps {
  stack: readonly StackEntry[];
  changedSlots: ReadonlySet<string>;
  clients: readonly string[];
  content: Content;
}

/** Wide enough for four boxes a row: what print and an unmeasured first render get. */
const defaultWidth = 960;

function DiagramBox({ box, changedTag }: { box: PlacedBox; changedTag: string }) {
  const serviceTop =
    box.y +
    m.boxInset +
    box.titleLines.length * m.titleLineHeight +
    m.titleServiceGap +
    m.serviceSize;
  return (
    <g className={box.changed ? styles.boxChanged : styles.box}>
      <rect x={box.x} y={box.y} width={box.width} height={box.height} rx={6} />
      <text className={styles.boxTitle} fontSize={m.titleSize}>
        {box.titleLines.map((line, i) => (
          <tspan
            key={i}
            x={box.x + m.boxInset}
            y={box.y + m.boxInset + m.titleSize + i * m.titleLineHeight}
          >
            {line}
          </tspan>
        ))}
      </text>
      <text className={styles.boxService} fontSize={m.serviceSize}>
        {box.serviceLines.map((line, i) => (
          <tspan key={i} x={box.x + m.boxInset} y={serviceTop + i * m.serviceLineHeight}>
            {line}
          </tspan>
        ))}
      </text>
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

/**
 * The recommended stack as an architecture picture: the three tiers (side by side when the page
 * is wide, stacked on a phone) with arrows along the request flow, then feature services and the
 * services that run across the stack. Screen readers get the picture as a sentence per band.
 */
export const StackDiagram = memo(function StackDiagram({
  stack,
  changedSlots,
  clients,
  content,
}: StackDiagramProps) {
  const t = useLocalize();
  const titleId = useId();
  const descriptionId = useId();
  const [measure, width] = useElementWidth(defaultWidth);
  const { list } = useFormat();
  const bands = diagramBands({ stack, changedSlots, clients, content, t, list });
  const { columns, boxWidth } = diagramGrid(width);
  const layout = layoutDiagram(bands, columns, boxWidth);
  const description = describeBands(bands, t, list);
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
        {layout.bands.map((band) => (
          <g key={band.id}>
            <rect
              className={band.dashed ? styles.bandDashed : styles.band}
              x={band.x}
              y={band.y}
              width={band.width}
              height={band.height}
              rx={10}
            />
            <text className={styles.bandLabel} fontSize={m.labelSize}>
              {band.labelLines.map((line, i) => (
                <tspan
                  key={i}
                  x={band.x + m.bandPadding}
                  y={band.y + m.bandPadding + m.labelSize + i * m.labelLineHeight}
                >
                  {line}
                </tspan>
              ))}
            </text>
            {band.captionLines.length > 0 ? (
              <text className={styles.bandCaption} fontSize={m.captionSize}>
                {band.captionLines.map((line, i) => (
                  <tspan
                    key={i}
                    x={band.x + m.bandPadding}
                    y={
                      band.y +
                      m.bandPadding +
                      band.labelLines.length * m.labelLineHeight +
                      m.captionSize +
                      i * m.captionLineHeight
                    }
                  >
                    {line}
                  </tspan>
                ))}
              </text>
            ) : null}
            {band.boxes.map((box) => (
              <DiagramBox key={box.slot} box={box} changedTag={changedTag} />
            ))}
          </g>
        ))}
        {layout.arrows.map((arrow) => (
          <line
            key={`${arrow.x1},${arrow.y1}`}
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
