import { useLocalize } from '../../i18n/use-localize';
import { compareMessages as messages } from './messages';
import styles from './compare-page.module.css';

export interface ComparisonRow {
  key: string;
  title: string;
  left: string;
  right: string;
  changed: boolean;
}

interface ComparisonTableProps {
  id: string;
  caption: string;
  leftLabel: string;
  rightLabel: string;
  rows: readonly ComparisonRow[];
}

/**
 * One part of the comparison as a table. A changed row says "Changed" in words and carries a
 * thick border besides its tint, so the difference does not rest on colour alone. On a narrow
 * screen each row stacks into a card, so every cell repeats its column's name (`data-label`).
 */
export function ComparisonTable({
  id,
  caption,
  leftLabel,
  rightLabel,
  rows,
}: ComparisonTableProps) {
  const t = useLocalize();
  const changedCount = rows.filter((row) => row.changed).length;
  const difference = t(messages.difference);
  return (
    <section className={styles.part}>
      <h2 id={id}>{caption}</h2>
      <p>{t(messages.summary, { count: changedCount, total: rows.length })}</p>
      <div className={styles.scroll} role="region" aria-labelledby={id} tabIndex={0}>
        <table className={styles.table}>
          <thead>
            <tr>
              <th scope="col">{t(messages.item)}</th>
              <th scope="col">{leftLabel}</th>
              <th scope="col">{rightLabel}</th>
              <th scope="col">{difference}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key} className={row.changed ? styles.changed : undefined}>
                <th scope="row">{row.title}</th>
                <td data-label={leftLabel}>{row.left}</td>
                <td data-label={rightLabel}>{row.right}</td>
                <td data-label={difference} className={styles.status}>
                  {row.changed ? <strong>{t(messages.changed)}</strong> : t(messages.same)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
