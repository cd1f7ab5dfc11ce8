import { describe, expect, it } from 'vitest';
import { undersizedTargets, type MeasuredTarget } from '../../tests/e2e/support/target-size';

const target = (name: string, width: number, height: number, inSentence = false) =>
  ({ name, box: { x: 0, y: 0, width, height }, inSentence }) satisfies MeasuredTarget;

const failing = (targets: MeasuredTarget[]) => undersizedTargets(targets).map(({ name }) => name);

describe('WCAG 2.2 target size (minimum)', () => {
  it('passes targets of at least 24 × 24', () => {
    expect(failing([target('square', 24, 24), target('button', 100, 44)])).toEqual([]);
  });

  it('fails a target short or narrow by a fraction of a pixel', () => {
    expect(failing([target('short', 32, 19), target('narrow', 23.5, 44)])).toEqual([
      'short',
      'narrow',
    ]);
  });

  it('fails a small target even with room around it, since the spacing exception is not taken', () => {
    expect(failing([target('alone', 61, 19)])).toEqual(['alone']);
  });

  it('exempts a link inside a sentence, and only that', () => {
    expect(failing([target('inline', 60, 19, true), target('standalone', 60, 19)])).toEqual([
      'standalone',
    ]);
  });
});
