import type { Advice } from '../../../domain/advice';
import type { ResultsContent } from '../../../domain/results-content';
import { costMessages as c, pricingCalculatorUrl } from '../../../domain/cost/cost-messages';
import { formatCount, formatUsd } from '../../../domain/cost/format-usd';
import { usageFor } from '../../../domain/cost/price-tables';
import { useLocalize } from '../../../i18n/use-localize';
import { serviceName } from '../../../domain/content-lookup';
import { costUiMessages as messages } from './messages';
import styles from './cost.module.css';

/** Each line of the estimate with its floor, and the usage and prices it assumes. */
export function CostBreakdown({ advice, content }: { advice: Advice; content: ResultsContent }) {
  const t = useLocalize();
  const { cost } = advice;
  const titles = new Map(advice.stack.map((entry) => [entry.slot, entry.title]));
  const usage = usageFor(content.usageProfiles, cost.scale, cost.traffic);
  const used = new Set(
    cost.lines.flatMap((line) => line.assumptions.flatMap((charge) => charge.metric ?? [])),
  );
  const lines = cost.lines.filter((line) => line.billing !== 'included');
  return (
    <details className={styles.details}>
      <summary className={styles.summary}>{t(messages.breakdown)}</summary>
      <div className={styles.scroll}>
        <table className={styles.table}>
          <caption className={styles.caption}>{t(messages.tableCaption)}</caption>
          <thead>
            <tr>
              <th scope="col">{t(messages.service)}</th>
              <th scope="col">{t(c.costLow)}</th>
              <th scope="col">{t(c.costHigh)}</th>
              <th scope="col">{t(c.costFloor)}</th>
            </tr>
          </thead>
          <tbody>
            {lines.map((line) => {
              const title = titles.get(line.slot);
              return (
                <tr key={`${line.slot}-${line.service}`}>
                  <th scope="row">
                    {serviceName(content, line.service)}
                    {line.verified ? null : (
                      <span className={styles.muted}> {t(messages.unverified)}</span>
                    )}
                    {title ? <span className={styles.slot}>{t(title)}</span> : null}
                  </th>
                  <td>{formatUsd(line.low)}</td>
                  <td>{formatUsd(line.high)}</td>
                  <td>{formatUsd(line.floor)}</td>
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t(c.costTotal)}</th>
              <td>{formatUsd(cost.monthly.low)}</td>
              <td>{formatUsd(cost.monthly.high)}</td>
              <td>{formatUsd(cost.floor)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      <h3 className={styles.subheading}>{t(c.costAssumptionsHeading)}</h3>
      <p>{t(content.usageProfiles.scales[cost.scale])}</p>
      <p>{t(content.usageProfiles.traffic[cost.traffic].note)}</p>
      <p>{t(content.usageProfiles.regions.note)}</p>
      <ul className={styles.assumptions}>
        {content.usageProfiles.metrics
          .filter((metric) => used.has(metric.id))
          .map((metric) => {
            const range = usage.get(metric.id) ?? { low: 0, high: 0 };
            return (
              <li key={metric.id}>
                {t(c.costAssumption, {
                  label: t(metric.label),
                  low: formatCount(range.low),
                  high: formatCount(range.high),
                  basis: t(metric.basis),
                })}
              </li>
            );
          })}
      </ul>
      <p>
        {t(messages.prices, { dates: cost.priceDates.join(t(messages.listSeparator)) })}{' '}
        <a href={pricingCalculatorUrl} target="_blank" rel="noopener noreferrer">
          {t(c.costCalculator)}
          <span className={styles.muted}> {t(messages.newTab)}</span>
        </a>
      </p>
    </details>
  );
}
