import type { AdviceComparison, DecisionComparison } from '../../domain/compare/compare-advice';
import type { Content } from '../../domain/content';
import { costMessages } from '../../domain/cost/cost-messages';
import { doorLabels, failureStatusLabels } from '../../domain/engine-labels';
import { formatUsd } from '../../domain/cost/format-usd';
import type { Localize } from '../../i18n/use-localize';
import type { ComparisonRow } from './comparison-table';
import { compareMessages as messages } from './messages';

/** The three tables of a comparison, in words of the UI language. */
export function comparisonRows(comparison: AdviceComparison, content: Content, t: Localize) {
  const names = new Map(content.services.map((service) => [service.id, service.name]));
  const service = (id: string | null) => (id === null ? t(messages.none) : (names.get(id) ?? id));
  const services = (ids: readonly string[] | null) =>
    ids === null ? t(messages.none) : ids.map(service).join(t(messages.listSeparator));
  const decision = (side: DecisionComparison['left']) => {
    if (!side) return t(messages.none);
    const door = t(doorLabels[side.door.kind]);
    return side.choice === null ? door : `${door}: ${service(side.choice)}`;
  };
  const costCell = (side: AdviceComparison['cost']['left']) =>
    t(costMessages.costCompareCell, {
      low: formatUsd(side.monthly.low),
      high: formatUsd(side.monthly.high),
      floor: formatUsd(side.floor),
    });
  const costRow: ComparisonRow = {
    key: 'cost',
    title: t(costMessages.costHeading),
    left: costCell(comparison.cost.left),
    right: costCell(comparison.cost.right),
    changed: comparison.cost.changed,
  };
  const slotRows: ComparisonRow[] = comparison.slots.map((slot) => ({
    key: slot.slot,
    title: t(slot.title),
    left: services(slot.left),
    right: services(slot.right),
    changed: slot.changed,
  }));
  const doors: ComparisonRow[] = comparison.decisions.map((row) => ({
    key: row.id,
    title: t(row.title),
    left: decision(row.left),
    right: decision(row.right),
    changed: row.doorChanged || row.choiceChanged,
  }));
  const failure: ComparisonRow[] = comparison.failure.map((row) => ({
    key: row.practice,
    title: t(row.title),
    left: t(failureStatusLabels[row.left]),
    right: t(failureStatusLabels[row.right]),
    changed: row.changed,
  }));
  return { stack: [costRow, ...slotRows], doors, failure };
}
