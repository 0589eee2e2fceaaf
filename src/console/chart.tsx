import { useEffect, useRef } from 'preact/hooks'
import uPlot from 'uplot'

/** One line per series over shared time stamps (seconds); null where there is nothing to plot. */
export interface ChartData {
  /** The window shown, in seconds: buckets without data are gaps, not the edges. */
  range: [number, number]
  times: number[]
  series: Array<{ label: string; values: Array<number | null>; dashed?: boolean }>
}

const PALETTE = ['#2563eb', '#dc2626', '#16a34a', '#9333ea', '#ea580c', '#0891b2', '#ca8a04', '#db2777']

/**
 * A uPlot line chart that follows its container's width. uPlot draws on a canvas and writes its
 * legend with textContent, so labels (version names) are never parsed as HTML.
 */
export function LineChart({ title, data, unit }: { title: string; data: ChartData; unit: '%' | 'devices' }) {
  const box = useRef<HTMLDivElement>(null)
  useEffect(() => {
    const el = box.current
    if (!el) return
    const format = (v: number | null) => (v === null || v === undefined ? '—' : unit === '%' ? `${v.toFixed(2)}%` : String(Math.round(v)))
    const options: uPlot.Options = {
      width: Math.max(280, el.clientWidth),
      height: 220,
      series: [
        { label: 'time', value: (_u, t) => (t === null ? '—' : new Date(t * 1000).toISOString().slice(0, 16).replace('T', ' ')) },
        ...data.series.map((s, i) => ({ label: s.label, stroke: PALETTE[i % PALETTE.length], width: 2, dash: s.dashed ? [6, 4] : undefined, spanGaps: false, points: { show: true, size: 7 }, value: (_u: uPlot, v: number | null) => format(v) }))
      ],
      axes: [{}, { values: (_u, ticks) => ticks.map((t) => (unit === '%' ? `${t}%` : String(t))), size: 56 }],
      scales: { x: { time: true, range: () => data.range }, y: { range: (_u, min, max) => [0, Math.max(unit === '%' ? 1 : 5, max * 1.1)] } },
      cursor: { drag: { x: false, y: false } }
    }
    const plot = new uPlot(options, [data.times, ...data.series.map((s) => s.values)] as uPlot.AlignedData, el)
    const resize = new ResizeObserver(() => plot.setSize({ width: Math.max(280, el.clientWidth), height: 220 }))
    resize.observe(el)
    return () => { resize.disconnect(); plot.destroy() }
  }, [data, unit])
  const points = data.series.reduce((n, s) => n + s.values.filter((v) => v !== null).length, 0)
  return (
    <figure class="chart" data-points={points} data-series={data.series.length}>
      <figcaption>{title}</figcaption>
      {points === 0 ? <p class="empty">No device data in this window.</p> : <div ref={box} class="plot" role="img" aria-label={`${title}: ${data.series.map((s) => s.label).join(', ')}`} />}
    </figure>
  )
}
