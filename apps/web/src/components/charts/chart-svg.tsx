import type { ReactNode } from 'react';

/**
 * The frame of the dashboard's plain-SVG charts: a horizontally scrollable picture hidden from screen
 * readers (each chart gives its figures as a table too), with horizontal grid lines at the ticks.
 */
export function ChartSvg({
  width,
  height,
  left,
  ticks,
  y,
  children,
}: {
  width: number;
  height: number;
  /** Where the plot starts; the tick labels sit left of it. */
  left: number;
  ticks: number[];
  y: (value: number) => number;
  children: ReactNode;
}) {
  return (
    <div className="overflow-x-auto" dir="ltr">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        width={width}
        height={height}
        aria-hidden="true"
        focusable="false"
        className="max-w-none text-ink"
      >
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={left} x2={width} y1={y(tick)} y2={y(tick)} stroke="currentColor" strokeOpacity={0.15} />
            <text x={left - 6} y={y(tick) + 4} textAnchor="end" fontSize={10} fill="currentColor">
              {tick}
            </text>
          </g>
        ))}
        {children}
      </svg>
    </div>
  );
}
