import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

export interface UsageChartProps {
  /** One label per column (YYYY-MM). */
  labels: readonly string[];
  values: readonly number[];
  /** The series' name, for the legend. */
  name: string;
  /** Formats a value for the axis and the legend. */
  format(value: number): string;
  /** Formats a column's label for the axis (a month's short name). */
  formatLabel(label: string): string;
  testId?: string;
}

const HEIGHT = 180;
/** Axis steps: whole numbers only. */
const WHOLE = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1e3, 2e3, 5e3, 1e4, 2e4, 5e4, 1e5, 2e5, 5e5, 1e6, 1e7, 1e8];

/** The brand's primary colour, as the page's theme sets it. */
function brandColor(el: Element): string {
  return getComputedStyle(el).getPropertyValue('--brand-primary').trim() || '#2552eb';
}

/**
 * One figure month by month, as bars (uPlot: ~50 KB, canvas, no dependencies; loaded with this
 * chunk only, never in the first load). Redrawn at the width of its box. Decorative for screen
 * readers: the card beside it carries the same figures as a table.
 */
export default function UsageChart({ labels, values, name, format, formatLabel, testId }: UsageChartProps) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const color = brandColor(el);
    const xs = labels.map((_, i) => i);
    const plot = new uPlot(
      {
        width: Math.max(el.clientWidth, 200),
        height: HEIGHT,
        legend: { show: false },
        cursor: { show: false },
        scales: {
          x: { time: false, range: [-0.5, labels.length - 0.5] },
          y: { range: (_u, _min, max) => [0, max || 1] },
        },
        axes: [
          {
            values: (_u, splits) => splits.map((i) => (Number.isInteger(i) && labels[i] ? formatLabel(labels[i]) : '')),
            size: 30,
            space: 28,
            incrs: WHOLE,
          },
          // Whole steps only: counts, GB and money drawn at 0.2 would read as "1, 1, 1, 0, 0".
          { values: (_u, splits) => splits.map(format), size: 60, incrs: WHOLE },
        ],
        series: [
          {},
          {
            label: name,
            stroke: color,
            fill: color,
            paths: uPlot.paths.bars!({ size: [0.6, 40] }),
            points: { show: false },
          },
        ],
      },
      [xs, [...values]],
      el,
    );
    const observer = new ResizeObserver(() => plot.setSize({ width: Math.max(el.clientWidth, 200), height: HEIGHT }));
    observer.observe(el);
    return () => {
      observer.disconnect();
      plot.destroy();
    };
  }, [labels, values, name, format, formatLabel]);
  return <div ref={box} style={{ minHeight: 220 }} aria-hidden="true" data-test-id={testId} />;
}
