/**
 * WCAG 2.2 SC 2.5.8 Target Size (Minimum), as a rule over what the browser measured. Pure, so the
 * rule is unit-tested in Node (`tests/unit/target-size.test.ts`) and the browser test only
 * collects boxes.
 */

/** The minimum width and height of a pointer target, in CSS pixels. */
export const minimumTargetSize = 24;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface MeasuredTarget {
  /** How a failure names the element: the screen, tag, accessible text and size. */
  name: string;
  box: Box;
  /**
   * A link inside a sentence: its parent is a text block with words of its own around the link.
   * The SC exempts such links, whose height the line of text decides.
   */
  inSentence: boolean;
}

/**
 * The targets smaller than 24 × 24 that are not a link inside a sentence. Stricter than the SC:
 * its spacing exception (a small target with room around it) is not taken, because it passed the
 * 19 px links this test was written to catch; every target here meets the size itself.
 */
export function undersizedTargets(targets: readonly MeasuredTarget[]): MeasuredTarget[] {
  return targets.filter(
    ({ box, inSentence }) =>
      !inSentence && (box.width < minimumTargetSize || box.height < minimumTargetSize),
  );
}
