import { sparklinePoints } from './sparkline-points';

const WIDTH = 120;
const HEIGHT = 32;

/**
 * Counts per day as a small line, drawn as plain SVG and hidden from screen readers: the figures it
 * stands for are written beside it. Time runs left to right in every language.
 */
export function Sparkline({ values }: { values: readonly number[] }) {
  const points = sparklinePoints(values, WIDTH, HEIGHT);
  const last = points[points.length - 1];
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      width={WIDTH}
      height={HEIGHT}
      aria-hidden="true"
      focusable="false"
      className="shrink-0 text-brand"
    >
      <line x1={0} x2={WIDTH} y1={HEIGHT - 2} y2={HEIGHT - 2} stroke="currentColor" strokeOpacity={0.2} />
      <polyline
        points={points.map(([x, y]) => `${x},${y}`).join(' ')}
        fill="none"
        stroke="currentColor"
        strokeWidth={2}
        strokeLinejoin="round"
        strokeLinecap="round"
      />
      {last ? <circle cx={last[0]} cy={last[1]} r={2.5} fill="currentColor" /> : null}
    </svg>
  );
}
