import type { LocalizedText } from '../localized-text';
import { costMessages } from './cost-messages';
import type { CostEstimate } from './estimate-cost';
import { formatCount } from './format-usd';

/** Months after which a runway is "longer than credits stay valid". */
const runwayHorizonMonths = 24;

/**
 * How long the credits last, as a message and its values, shortest first. Beyond two years the
 * months stop mattering: AWS Activate credits expire before that, so it says they outlast their
 * validity instead. One statement for the results page and the export.
 */
export function runwayStatement(runway: NonNullable<CostEstimate['runwayMonths']>): {
  message: LocalizedText;
  values: Record<string, string>;
} {
  const ends = [runway.low, runway.high];
  if (ends.every((months) => months === null || months > runwayHorizonMonths))
    return { message: costMessages.costRunwayForever, values: {} };
  const finite = ends.filter((months): months is number => months !== null);
  const shortest = formatCount(Math.min(...finite));
  const longest = Math.max(...finite);
  return longest > runwayHorizonMonths || finite.length < ends.length
    ? { message: costMessages.costRunwayAtLeast, values: { months: shortest } }
    : { message: costMessages.costRunway, values: { low: shortest, high: formatCount(longest) } };
}
