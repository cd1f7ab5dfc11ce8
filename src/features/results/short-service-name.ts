/**
 * A service's short name: "Amazon Simple Queue Service (Amazon SQS)" becomes
 * "Amazon SQS", the way AWS itself shortens it after first use: for the diagram, the plan and the
 * closed cards, whose details keep the full name.
 */
export function shortServiceName(name: string): string {
  return /\(([^()]+)\)$/.exec(name)?.[1] ?? name;
}
