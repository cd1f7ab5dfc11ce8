import { questionWithRole } from '../../../domain/question-roles';
import type { StackEntry } from '../../../domain/advice';
import type { Content } from '../../../domain/content';
import type { LocalizedText } from '../../../domain/localized-text';
import type { Tier } from '../../../domain/stack-tiers';
import type { Formatters } from '../../../i18n/use-format';
import type { Localize } from '../../../i18n/use-localize';
import { optionLabel, serviceName } from '../content-lookup';
import type { DiagramBandInput } from './diagram-layout';
import { messages } from '../messages';
import { shortServiceName } from './short-service-name';

interface BandStyle {
  order: number;
  label: LocalizedText;
  dashed: boolean;
  /** One of the classic three tiers that requests flow through. */
  inFlow: boolean;
}

const bandStyles: Record<Tier, BandStyle> = {
  frontend: { order: 0, label: messages.diagramBandFrontend, dashed: false, inFlow: true },
  backend: { order: 1, label: messages.diagramBandBackend, dashed: false, inFlow: true },
  data: { order: 2, label: messages.diagramBandData, dashed: false, inFlow: true },
  feature: { order: 3, label: messages.diagramBandFeature, dashed: false, inFlow: false },
  'cross-cutting': {
    order: 4,
    label: messages.diagramBandCrossCutting,
    dashed: true,
    inFlow: false,
  },
};

interface BandOptions {
  stack: readonly StackEntry[];
  changedSlots: ReadonlySet<string>;
  /** The `clients` answer (web, mobile, api), shown on the frontend band. */
  clients: readonly string[];
  content: Content;
  t: Localize;
  list: Formatters['list'];
}

/** Groups the stack into the diagram's bands: the three tiers, then features, then cross-cutting. */
export function diagramBands({
  stack,
  changedSlots,
  clients,
  content,
  t,
  list,
}: BandOptions): DiagramBandInput[] {
  const tiers = [...new Set(stack.map((entry) => entry.tier))].sort(
    (a, b) => bandStyles[a].order - bandStyles[b].order,
  );
  const clientLabels = clients.flatMap((client) => {
    const label = optionLabel(
      content,
      questionWithRole(content.questionnaire, 'clients').id,
      client,
    );
    return label ? [t(label)] : [];
  });
  return tiers.map((tier) => {
    const style = bandStyles[tier];
    return {
      id: tier,
      label: t(style.label),
      caption:
        tier === 'frontend' && clientLabels.length > 0
          ? t(messages.diagramClients, { clients: list(clientLabels) })
          : null,
      dashed: style.dashed,
      inFlow: style.inFlow,
      items: stack
        .filter((entry) => entry.tier === tier)
        .map((entry) => {
          const service = serviceName(content, entry.service);
          return {
            slot: entry.slot,
            title: t(entry.title),
            service,
            shortService: shortServiceName(service),
            changed: changedSlots.has(entry.slot),
          };
        }),
    };
  });
}

/** The diagram in words, one sentence per band, for its SVG description. */
export function describeBands(
  bands: readonly DiagramBandInput[],
  t: Localize,
  list: Formatters['list'],
): string {
  return bands
    .map((band) =>
      t(messages.diagramBandDescription, {
        band: band.caption
          ? t(messages.diagramBandWithCaption, { band: band.label, caption: band.caption })
          : band.label,
        boxes: list(
          band.items.map((item) =>
            t(
              item.changed ? messages.diagramBoxChangedDescription : messages.diagramBoxDescription,
              { slot: item.title, service: item.service },
            ),
          ),
        ),
      }),
    )
    .join(' ');
}
