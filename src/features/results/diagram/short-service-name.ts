/**
 * The name a box in the diagram can hold: "Amazon Simple Queue Service (Amazon SQS)" becomes
 * "Amazon SQS", the way AWS itself shortens it after first use. Cards keep the full name.
 */
export function shortServiceName(name: string): string {
  return /\(([^()]+)\)$/.exec(name)?.[1] ?? name;
}
