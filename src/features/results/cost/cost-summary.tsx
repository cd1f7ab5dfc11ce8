import { memo } from 'react';
import type { Advice } from '../../../domain/advice';
import type { ResultsContent } from '../../../domain/results-content';
import { costMessages as c } from '../../../domain/cost/cost-messages';
import { formatUsd } from '../../../domain/cost/format-usd';
import { runwayStatement } from '../../../domain/cost/runway';
import { useLocalize } from '../../../i18n/use-localize';
import { serviceName } from '../../../domain/content-lookup';
import { CostBreakdown } from './cost-breakdown';
import { costUiMessages as messages } from './messages';
import styles from './cost.module.css';

/**
 * The monthly cost on the first screen: the range, the floor at zero traffic and how long the
 * credits last, said to be an estimate, with the breakdown and its assumptions one click away.
 */
export const CostSummary = memo(function CostSummary({
  advice,
  content,
}: {
  advice: Advice;
  content: ResultsContent;
}) {
  const t = useLocalize();
  const { cost } = advice;
  const runway = cost.runwayMonths ? runwayStatement(cost.runwayMonths) : null;
  return (
    <section aria-labelledby="cost-heading" className={styles.cost}>
      <h2 id="cost-heading" className={styles.heading}>
        {t(c.costHeading)}
      </h2>
      <p className={styles.total}>
        {t(messages.range, {
          low: formatUsd(cost.monthly.low),
          high: formatUsd(cost.monthly.high),
        })}
      </p>
      <ul className={styles.facts}>
        <li>{t(messages.floor, { floor: formatUsd(cost.floor) })}</li>
        {runway ? <li>{t(runway.message, runway.values)}</li> : null}
        {cost.floorBurnsCredits ? (
          <li className={styles.alert}>
            {t(c.costFloorBurns, {
              months: String(cost.floorBurnsCredits.months),
              services: cost.floorBurnsCredits.lines
                .map((line) => serviceName(content, line.service))
                .join(t(messages.listSeparator)),
            })}
          </li>
        ) : null}
        <li className={styles.muted}>{t(messages.estimateOnly, { region: cost.region })}</li>
      </ul>
      <CostBreakdown advice={advice} content={content} />
    </section>
  );
});
