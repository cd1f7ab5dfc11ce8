import type { Content } from '../../../domain/content';
import { questionWithRole } from '../../../domain/question-roles';
import type { Formatters } from '../../../i18n/use-format';
import type { Localize } from '../../../i18n/use-localize';
import { wrappedTexts } from './diagram-layout';
import { diagramLanes } from './diagram-lanes';

/** Every order of every non-empty choice of `items`: the lists a multi-choice answer can be. */
function orderings<T>(items: readonly T[]): T[][] {
  return items.flatMap((first, i) => [
    [first],
    ...orderings(items.filter((_, j) => j !== i)).map((rest) => [first, ...rest]),
  ]);
}

/**
 * Every text the diagram can wrap in the language of `t`, made by the code that makes the results
 * page's lanes: the clients lane for every list of clients (3 options make 15), and every slot
 * with each of its services, a bundle's with any number of other members. A box's text does not
 * depend on the rest of the stack, so one stack of every slot and service stands for them all.
 */
export function diagramTexts(content: Content, t: Localize, list: Formatters['list']): string[] {
  const lanes = (stack: Parameters<typeof diagramLanes>[0]['stack'], clients: string[]) =>
    diagramLanes({ stack, changedSlots: new Set(), clients, content, t, list });
  const clients = questionWithRole(content.questionnaire, 'clients').options.map(
    (option) => option.value,
  );
  const stack = content.slots.flatMap((slot) =>
    slot.candidates.flatMap(({ service }) => {
      const others = slot.candidates.map((c) => c.service).filter((other) => other !== service);
      const mostOthers = slot.kind === 'bundle' ? others.length : 0;
      return Array.from({ length: mostOthers + 1 }, (_, more) => ({
        slot: slot.id,
        title: slot.title,
        service,
        services: [service, ...others.slice(0, more)],
      }));
    }),
  );
  return wrappedTexts([
    ...orderings(clients).flatMap((chosen) => lanes([], chosen)),
    ...lanes(stack, []),
  ]);
}
