import type { Advice } from '../advice';
import { serviceName } from '../content-lookup';
import { textIn } from '../in-language';
import { tiers, type Tier } from '../stack-tiers';
import { mermaidId, mermaidLabel } from './escape-mermaid';
import type { MarkdownContext } from './markdown-context';
import { tierLabels } from '../engine-labels';
import { markdownMessages as m } from './markdown-messages';

/** Requests flow from users through these tiers; cross-cutting services stand beside them. */
const requestPath: readonly Tier[] = ['frontend', 'backend', 'data'];

/**
 * The stack as a Mermaid flowchart GitHub draws: one subgraph per tier holding its slots, users
 * entering at the first tier present, and features hanging off the backend. Ids come from slot
 * and tier ids, labels are quoted and escaped, so content text can never change the diagram.
 */
export function architectureSection(advice: Advice, ctx: MarkdownContext): string {
  const lines = ['```mermaid', 'flowchart TB', `  users(["${mermaidLabel(ctx.say(m.users))}"])`];
  const present = tiers.filter((tier) => advice.stack.some((entry) => entry.tier === tier));
  for (const tier of present) {
    lines.push(
      `  subgraph ${mermaidId('tier', tier)} ["${mermaidLabel(ctx.say(tierLabels[tier]))}"]`,
    );
    for (const entry of advice.stack.filter((candidate) => candidate.tier === tier)) {
      const label = ctx.say(m.nodeLabel, {
        slot: textIn(entry.title, ctx.lang),
        service: entry.services
          .map((service) => serviceName(ctx.content, service))
          .join(m.listSeparator[ctx.lang]),
      });
      lines.push(`    ${mermaidId('slot', entry.slot)}["${mermaidLabel(label)}"]`);
    }
    lines.push('  end');
  }
  let previous = 'users';
  for (const tier of requestPath.filter((candidate) => present.includes(candidate))) {
    lines.push(`  ${previous} --> ${mermaidId('tier', tier)}`);
    previous = mermaidId('tier', tier);
  }
  if (present.includes('feature')) {
    const from = present.includes('backend') ? mermaidId('tier', 'backend') : 'users';
    lines.push(`  ${from} --> ${mermaidId('tier', 'feature')}`);
  }
  lines.push('```');
  return [`## ${ctx.say(m.architectureHeading)}`, lines.join('\n')].join('\n\n');
}
