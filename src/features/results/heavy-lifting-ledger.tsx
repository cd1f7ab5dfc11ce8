import { questionWithRole } from '../../domain/question-roles';
import { memo } from 'react';
import type { HeavyLiftingEntry, StackEntry } from '../../domain/advice';
import type { ResultsContent } from '../../domain/results-content';
import { heavyLiftingGapLabel } from '../../domain/engine-labels';
import { useFormat } from '../../i18n/use-format';
import { useLocalize } from '../../i18n/use-localize';
import { optionLabel, serviceName } from '../../domain/content-lookup';
import { messages } from './messages';
import shared from './shared.module.css';
import styles from './heavy-lifting-ledger.module.css';

interface HeavyLiftingLedgerProps {
  entries: readonly HeavyLiftingEntry[];
  stack: readonly StackEntry[];
  content: ResultsContent;
}

/** Each chore the team hands off and who carries it now; a chore nobody carries is a plain gap. */
export const HeavyLiftingLedger = memo(function HeavyLiftingLedger({
  entries,
  stack,
  content,
}: HeavyLiftingLedgerProps) {
  const t = useLocalize();
  const format = useFormat();
  if (entries.length === 0) return <p>{t(messages.ledgerEmpty)}</p>;
  const slotTitles = new Map(stack.map((entry) => [entry.slot, entry.title]));
  const list = (ids: readonly string[]) => format.list(ids.map((id) => serviceName(content, id)));
  return (
    <>
      <p>{t(messages.ledgerIntro)}</p>
      <table className={styles.table}>
        <thead>
          <tr>
            <th scope="col">{t(messages.ledgerChore)}</th>
            <th scope="col">{t(messages.ledgerCarriedBy)}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => {
            const chore = optionLabel(
              content.questionnaire,
              questionWithRole(content.questionnaire, 'offload').id,
              entry.chore,
            );
            return (
              <tr
                key={entry.chore}
                className={entry.absorbedBy.length === 0 ? styles.gap : undefined}
              >
                <th scope="row">{t(chore)}</th>
                <td>
                  {entry.absorbedBy.length > 0 ? (
                    <ul className={shared.plainList}>
                      {entry.absorbedBy.map((carrier) => {
                        const slot = slotTitles.get(carrier.slot);
                        return (
                          <li key={`${carrier.slot}:${carrier.service}`}>
                            {t(messages.ledgerCarrier, {
                              service: serviceName(content, carrier.service),
                              slot: slot ? t(slot) : carrier.slot,
                            })}
                          </li>
                        );
                      })}
                    </ul>
                  ) : (
                    <>
                      <p className={styles.gapText}>
                        <span className={shared.badgeGap}>{t(heavyLiftingGapLabel)}</span>{' '}
                        {t(messages.ledgerGap)}
                      </p>
                      {entry.suggestions.length > 0 ? (
                        <p className={styles.suggestions}>
                          {t(messages.ledgerSuggestions, { services: list(entry.suggestions) })}
                        </p>
                      ) : null}
                    </>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
});
