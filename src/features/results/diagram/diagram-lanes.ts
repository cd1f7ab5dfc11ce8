import type { StackEntry } from '../../../domain/advice';
import type { ResultsContent } from '../../../domain/results-content';
import type { LocalizedText } from '../../../domain/localized-text';
import { questionWithRole } from '../../../domain/question-roles';
import type { Lane } from '../../../domain/stack-tiers';
import type { Formatters } from '../../../i18n/use-format';
import type { Localize } from '../../../i18n/use-localize';
import { optionLabel, serviceName } from '../../../domain/content-lookup';
import { messages } from '../messages';
import type { DiagramLaneId, DiagramLaneInput } from './diagram-layout';
import { shortServiceName } from '../short-service-name';

const laneLabels: Record<DiagramLaneId, LocalizedText> = {
  clients: messages.diagramLaneClients,
  edge: messages.diagramLaneEdge,
  entry: messages.diagramLaneEntry,
  compute: messages.diagramLaneCompute,
  data: messages.diagramLaneData,
  async: messages.diagramLaneAsync,
  feature: messages.diagramLaneFeature,
  'cross-cutting': messages.diagramLaneCrossCutting,
};

const laneIndexes = new WeakMap<ResultsContent, ReadonlyMap<string, Lane>>();

/**
 * Where content draws a slot. The content check requires a lane on every slot; a slot that still
 * has none (stale content in development) is drawn across the stack rather than dropped.
 */
function laneOf(content: ResultsContent, slot: string): Lane {
  let index = laneIndexes.get(content);
  if (!index) {
    index = new Map(content.slots.flatMap((s) => (s.lane ? [[s.id, s.lane] as const] : [])));
    laneIndexes.set(content, index);
  }
  return index.get(slot) ?? 'cross-cutting';
}

interface LaneOptions {
  stack: readonly Pick<StackEntry, 'slot' | 'title' | 'service' | 'services'>[];
  changedSlots: ReadonlySet<string>;
  /** The `clients` answer (web, mobile, api): the lane requests start from. */
  clients: readonly string[];
  content: ResultsContent;
  t: Localize;
  list: Formatters['list'];
}

/**
 * The diagram's lanes: the clients, then each lane content puts a slot of the stack in. A lane
 * without slots (no API layer, no backend) is absent, so the flow skips it.
 */
export function diagramLanes({
  stack,
  changedSlots,
  clients,
  content,
  t,
  list,
}: LaneOptions): DiagramLaneInput[] {
  const clientsQuestion = questionWithRole(content.questionnaire, 'clients').id;
  const clientLabels = clients.map((client) =>
    t(optionLabel(content.questionnaire, clientsQuestion, client)),
  );
  const clientLane: DiagramLaneInput[] =
    clientLabels.length > 0
      ? [{ id: 'clients', label: t(laneLabels.clients), caption: list(clientLabels), items: [] }]
      : [];
  const slotLanes = [...new Set(stack.map((entry) => laneOf(content, entry.slot)))].map(
    (lane): DiagramLaneInput => ({
      id: lane,
      label: t(laneLabels[lane]),
      caption: null,
      items: stack
        .filter((entry) => laneOf(content, entry.slot) === lane)
        .map((entry) => {
          const headline = shortServiceName(serviceName(content, entry.service));
          const others = entry.services.length - 1;
          return {
            slot: entry.slot,
            title: t(entry.title),
            // A bundle is a set: the description and tooltip name every member, the box says how many more.
            service: list(entry.services.map((id) => serviceName(content, id))),
            shortService:
              others > 0
                ? t(messages.diagramMoreServices, { service: headline, count: String(others) })
                : headline,
            changed: changedSlots.has(entry.slot),
          };
        }),
    }),
  );
  return [...clientLane, ...slotLanes];
}

/** A box as one phrase, "Backend compute: AWS Lambda", for its tooltip and the description. */
export function describeBox(item: DiagramLaneInput['items'][number], t: Localize): string {
  return t(item.changed ? messages.diagramBoxChangedDescription : messages.diagramBoxDescription, {
    slot: item.title,
    service: item.service,
  });
}

/** The diagram in words, one sentence per lane in the order it is drawn, for its description. */
export function describeLanes(
  lanes: readonly { id: DiagramLaneId }[],
  inputs: readonly DiagramLaneInput[],
  t: Localize,
  { list, sentences }: Pick<Formatters, 'list' | 'sentences'>,
): string {
  return sentences(
    lanes
      .flatMap(({ id }) => inputs.filter((lane) => lane.id === id))
      .map((lane) =>
        t(messages.diagramLaneDescription, {
          lane: lane.label,
          contents: lane.caption ?? list(lane.items.map((item) => describeBox(item, t))),
        }),
      ),
  );
}
