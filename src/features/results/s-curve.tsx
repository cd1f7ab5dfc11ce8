import { useId } from 'react';
import type { RoadmapStep } from '../../domain/advice';
import { useLocalize } from '../../i18n/use-localize';
import { messages } from './messages';
import { curveFrame as f, curvePath, stageSegments } from './s-curve-geometry';
import styles from './s-curve.module.css';

/** The same for every team: drawn once, not on every "what if" change of stage. */
const curve = curvePath();

/** The growth S-curve from the talk, with the team's stage marked "You are here". */
export function SCurve({ steps }: { steps: readonly RoadmapStep[] }) {
  const t = useLocalize();
  const titleId = useId();
  const descriptionId = useId();
  const segments = stageSegments(steps.length);
  const now = steps.find((step) => step.position === 'now');
  return (
    <svg
      className={styles.svg}
      viewBox={`0 0 ${f.width} ${f.height}`}
      role="img"
      aria-labelledby={titleId}
      aria-describedby={descriptionId}
    >
      <title id={titleId}>{t(messages.roadmapTitle)}</title>
      <desc id={descriptionId}>
        {now ? t(messages.roadmapDescription, { stage: t(now.title) }) : ''}
      </desc>
      {steps.map((step, i) => {
        const segment = segments[i];
        if (!segment) return null;
        return (
          <g key={step.stage}>
            {step.position === 'now' ? (
              <rect
                className={styles.now}
                x={segment.x0}
                y={f.top - 30}
                width={segment.x1 - segment.x0}
                height={f.bottom - f.top + 30}
              />
            ) : null}
            {i > 0 ? (
              <line
                className={styles.divider}
                x1={segment.x0}
                x2={segment.x0}
                y1={f.top - 30}
                y2={f.bottom}
              />
            ) : null}
            <text
              className={step.position === 'now' ? styles.stageLabelNow : styles.stageLabel}
              x={segment.mid}
              y={f.bottom + 26}
              textAnchor="middle"
              fontSize={17}
            >
              {t(step.title)}
            </text>
          </g>
        );
      })}
      <line className={styles.axis} x1={f.left} x2={f.right} y1={f.bottom} y2={f.bottom} />
      <line className={styles.axis} x1={f.left} x2={f.left} y1={f.top - 30} y2={f.bottom} />
      <text
        className={styles.axisLabel}
        x={f.right}
        y={f.bottom + 54}
        textAnchor="end"
        fontSize={14}
      >
        {t(messages.roadmapAxisStage)}
      </text>
      <text
        className={styles.axisLabel}
        x={f.left - 14}
        y={f.top + 40}
        textAnchor="middle"
        fontSize={14}
        transform={`rotate(-90 ${f.left - 14} ${f.top + 40})`}
      >
        {t(messages.roadmapAxisGrowth)}
      </text>
      <path className={styles.curve} d={curve} />
      {steps.map((step, i) => {
        const segment = segments[i];
        if (!segment) return null;
        const isNow = step.position === 'now';
        return (
          <g key={step.stage}>
            <circle
              className={
                isNow ? styles.dotNow : step.position === 'past' ? styles.dotPast : styles.dotAhead
              }
              cx={segment.mid}
              cy={segment.y}
              r={isNow ? 9 : 6}
            />
            {isNow ? (
              <text
                className={styles.hereLabel}
                x={segment.mid}
                y={segment.y - 18}
                textAnchor="middle"
                fontSize={15}
              >
                {t(messages.roadmapYouAreHere)}
              </text>
            ) : null}
          </g>
        );
      })}
    </svg>
  );
}
