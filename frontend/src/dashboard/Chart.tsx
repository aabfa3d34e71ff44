import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

export interface ChartLine {
  label: string;
  values: number[];
  color: string;
}

interface ChartProps {
  title: string;
  unit: string;
  times: number[];
  lines: ChartLine[];
}

/** One live chart, drawn by uPlot: created once, given new data on every sample, resized with its box. */
export function Chart({ title, unit, times, lines }: ChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlot | undefined>(undefined);
  const labels = lines.map((line) => line.label).join('|');

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const options: uPlot.Options = {
      width: Math.max(200, element.clientWidth),
      height: 150,
      legend: { live: false },
      axes: [{}, { label: unit, size: 55 }],
      series: [{}, ...lines.map((line) => ({ label: line.label, stroke: line.color, width: 1.5 }))],
    };
    plot.current = new uPlot(options, [[], ...lines.map(() => [])], element);
    const resize = new ResizeObserver(() =>
      plot.current?.setSize({ width: Math.max(200, element.clientWidth), height: 150 }),
    );
    resize.observe(element);
    return () => {
      resize.disconnect();
      plot.current?.destroy();
      plot.current = undefined;
    };
    // The chart is made again only when its lines change, not for each sample.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [labels, unit]);

  useEffect(() => {
    plot.current?.setData([times, ...lines.map((line) => line.values)]);
  }, [times, lines]);

  return (
    <figure className="dashboard-chart" data-testid={`chart-${title}`}>
      <figcaption>{title}</figcaption>
      <div ref={box} />
    </figure>
  );
}
