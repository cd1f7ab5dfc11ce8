import type { Advice } from '../advice';
import type { CostLine } from '../cost/estimate-cost';
import { formatCount, formatUsd } from '../cost/format-usd';
import { usageFor } from '../cost/price-tables';
import { runwayStatement } from '../cost/runway';
import { escapeDate } from './escape-markdown';
import type { MarkdownContext } from './markdown-context';
import { costMessages as c, pricingCalculatorUrl } from '../cost/cost-messages';
import { markdownMessages as m } from './markdown-messages';
import { markdownTable } from './markdown-table';

function serviceCell(line: CostLine, ctx: MarkdownContext): string {
  const name = ctx.serviceName(line.service);
  if (line.billing === 'included' && line.includedIn)
    return ctx.say(m.costIncluded, { service: name, in: ctx.serviceName(line.includedIn.service) });
  if (line.billing === 'unpriced') return ctx.say(m.costUnpriced, { service: name });
  return line.verified ? name : `${name}${ctx.say(m.costUnverifiedMark)}`;
}

/**
 * The monthly estimate: what it is (an estimate, in which Region, with prices of which dates), a
 * table per line with the floor it bills at zero traffic, the credits runway, and the usage the
 * numbers assume, so a CTO can check every figure.
 */
export function costSection(advice: Advice, ctx: MarkdownContext): string {
  const { cost } = advice;
  const profiles = ctx.content.usageProfiles;
  const rows = cost.lines
    .filter((line) => line.billing !== 'included')
    .map((line) => [
      ctx.text(advice.stack.find((entry) => entry.slot === line.slot)?.title ?? { en: '', ja: '' }),
      serviceCell(line, ctx),
      formatUsd(line.low),
      formatUsd(line.high),
      formatUsd(line.floor),
    ]);
  rows.push([
    `**${ctx.say(c.costTotal)}**`,
    '',
    `**${formatUsd(cost.monthly.low)}**`,
    `**${formatUsd(cost.monthly.high)}**`,
    `**${formatUsd(cost.floor)}**`,
  ]);
  const header = [m.slotColumn, m.serviceColumn, c.costLow, c.costHigh, c.costFloor].map((h) =>
    ctx.say(h),
  );
  const summary = [
    ctx.say(c.costSummary, {
      low: formatUsd(cost.monthly.low),
      high: formatUsd(cost.monthly.high),
      region: cost.region,
      floor: formatUsd(cost.floor),
    }),
  ];
  if (cost.runwayMonths) {
    const { message, values } = runwayStatement(cost.runwayMonths);
    summary.push(ctx.say(message, values));
  }
  if (cost.floorBurnsCredits) {
    summary.push(
      ctx.say(c.costFloorBurns, {
        months: formatCount(cost.floorBurnsCredits.months),
        services: ctx.list(
          cost.floorBurnsCredits.lines.map((line) => ctx.serviceName(line.service)),
        ),
      }),
    );
    for (const line of cost.floorBurnsCredits.lines) {
      if (!line.cheaper) continue;
      summary.push(
        ctx.say(c.costCheaper, {
          service: ctx.serviceName(line.cheaper.service),
          instead: ctx.serviceName(line.service),
          floor: formatUsd(line.cheaper.floor),
        }),
      );
    }
  }
  summary.push(
    ctx.say(c.costPrices, {
      dates: ctx.list(cost.priceDates.map(escapeDate)),
      calculator: `[${ctx.say(c.costCalculator)}](${pricingCalculatorUrl})`,
    }),
  );

  const usage = usageFor(profiles, cost.scale, cost.traffic);
  const used = new Set(
    cost.lines.flatMap((line) => line.assumptions.flatMap((charge) => charge.metric ?? [])),
  );
  const assumptions = profiles.metrics
    .filter((metric) => used.has(metric.id))
    .map((metric) => {
      const range = usage.get(metric.id) ?? { low: 0, high: 0 };
      return `- ${ctx.say(c.costAssumption, {
        label: ctx.text(metric.label),
        low: formatCount(range.low),
        high: formatCount(range.high),
        basis: ctx.text(metric.basis),
      })}`;
    });

  return [
    `## ${ctx.say(c.costHeading)}`,
    ctx.sentences(summary),
    markdownTable(header, rows),
    ctx.say(m.costUnverifiedNote),
    `### ${ctx.say(c.costAssumptionsHeading)}`,
    ctx.sentences([
      ctx.text(profiles.scales[cost.scale]),
      ctx.text(profiles.traffic[cost.traffic].note),
      ctx.text(profiles.regions.note),
    ]),
    assumptions.join('\n'),
  ].join('\n\n');
}
