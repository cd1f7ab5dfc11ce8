/** The drawing area of the S-curve, in SVG units. */
export const curveFrame = { width: 640, height: 270, left: 44, right: 624, top: 44, bottom: 206 };

const steepness = 9;
const midpoint = 0.5;

function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/** The curve's height at x: a logistic rescaled so it starts at the bottom and ends at the top. */
function curveY(x: number): number {
  const { left, right, top, bottom } = curveFrame;
  const low = sigmoid(-steepness * midpoint);
  const high = sigmoid(steepness * (1 - midpoint));
  const progress =
    (sigmoid(steepness * ((x - left) / (right - left) - midpoint)) - low) / (high - low);
  return bottom - progress * (bottom - top);
}

/** The curve as an SVG path, sampled finely enough to look smooth at any print size. */
export function curvePath(samples = 64): string {
  const { left, right } = curveFrame;
  return Array.from({ length: samples + 1 }, (_, i) => {
    const x = left + ((right - left) * i) / samples;
    return `${i === 0 ? 'M' : 'L'} ${x.toFixed(1)} ${curveY(x).toFixed(1)}`;
  }).join(' ');
}

/** Equal-width stretches of the x axis, one per stage, with the point on the curve at each middle. */
export function stageSegments(count: number): { x0: number; x1: number; mid: number; y: number }[] {
  const { left, right } = curveFrame;
  const step = (right - left) / count;
  return Array.from({ length: count }, (_, i) => {
    const mid = left + step * (i + 0.5);
    return { x0: left + step * i, x1: left + step * (i + 1), mid, y: curveY(mid) };
  });
}
