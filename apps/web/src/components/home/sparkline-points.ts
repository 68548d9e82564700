/**
 * The points of a sparkline in a `width` × `height` box (SVG coordinates, y down): evenly spaced, the
 * largest value at the top, zero at the bottom, `pad` kept free on every side for the stroke. All
 * zeros lie flat on the bottom rather than in the middle. Pure, for the home page's trends.
 */
export function sparklinePoints(
  values: readonly number[],
  width: number,
  height: number,
  pad = 2,
): [number, number][] {
  const max = Math.max(1, ...values);
  const step = values.length > 1 ? (width - 2 * pad) / (values.length - 1) : 0;
  const round = (n: number) => Math.round(n * 10) / 10;
  return values.map((value, index) => [
    round(pad + index * step),
    round(height - pad - (Math.max(0, value) / max) * (height - 2 * pad)),
  ]);
}
