import { useEffect, useRef } from 'preact/hooks';

/** Mounts a chart built by Observable Plot (an SVG or figure element) and replaces it when `deps` change. */
export function PlotChart({ build, deps, label }: { build: (width: number) => Element; deps: unknown[]; label: string }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const chart = build(Math.max(320, Math.min(el.clientWidth || 720, 960)));
    el.replaceChildren(chart);
    return () => chart.remove();
  }, deps);
  return <div class="chart" ref={box} role="img" aria-label={label} />;
}
