import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  type ChartConfiguration,
  Legend,
  LinearScale,
  Tooltip,
} from "chart.js";
import { useEffect, useRef } from "preact/hooks";

// Only what the dashboard draws: a smaller bundle than chart.js/auto.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

export interface Series {
  label: string;
  values: number[];
  color: string;
}

interface Props {
  title: string;
  labels: string[];
  series: Series[];
  stacked?: boolean;
  horizontal?: boolean;
  /** How a value reads in the table (default: a grouped integer). */
  format?: (n: number) => string;
}

const plain = (n: number) => n.toLocaleString("en-US");

/** A bar chart, with the same numbers as a table for screen readers and keyboard users. */
export function BarChart({ title, labels, series, stacked = true, horizontal = false, format = plain }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current) return;
    const config: ChartConfiguration<"bar"> = {
      type: "bar",
      data: {
        labels,
        datasets: series.map((s) => ({ label: s.label, data: s.values, backgroundColor: s.color })),
      },
      options: {
        indexAxis: horizontal ? "y" : "x",
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        // The value axis reads like the table (dollars for cost), not in exponent notation.
        scales: {
          x: { stacked, ...(horizontal ? { ticks: { callback: (v) => format(Number(v)) } } : {}) },
          y: { stacked, beginAtZero: true, ...(horizontal ? {} : { ticks: { callback: (v) => format(Number(v)) } }) },
        },
        plugins: { legend: { position: "bottom" } },
      },
    };
    const chart = new Chart(canvas.current, config);
    return () => chart.destroy();
  }, [labels, series, stacked, horizontal, format]);
  const id = title.toLowerCase().replace(/\W+/g, "-");
  return (
    <figure class="chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`}>{title}</figcaption>
      <div class="canvas-box">
        <canvas ref={canvas} role="img" aria-label={title} />
      </div>
      <details>
        <summary>Data</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">Key</th>
              {series.map((s) => (
                <th scope="col" key={s.label}>
                  {s.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {labels.map((l, i) => (
              <tr key={l}>
                <th scope="row">{l}</th>
                {series.map((s) => (
                  <td key={s.label}>{format(s.values[i] ?? 0)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
