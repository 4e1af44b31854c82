/**
 * A gauge of a ratio against its cap (优秀党员占比 against the guidance cap of about a third), in SVG drawn
 * at build time and live alike: the scale runs to half again the cap, or further when the ratio is beyond
 * it; the part past the cap is marked, and the figure and whether it is over the cap are said in words.
 */
interface Props {
  readonly ratio: number | null;
  readonly cap: number;
  readonly label: string;
  readonly capLabel: string;
}

const R = 120;
const CENTRE = { x: 150, y: 150 };
const ARC = `M ${CENTRE.x - R} ${CENTRE.y} A ${R} ${R} 0 0 1 ${CENTRE.x + R} ${CENTRE.y}`;

/** The scale's end: half again the cap, or the ratio if more, in whole tenths, at most 100%. */
export function gaugeMax(ratio: number | null, cap: number): number {
  return Math.min(1, Math.ceil(Math.max(cap * 1.5, ratio ?? 0) * 10 - 1e-9) / 10) || 1;
}

export function Gauge({ ratio, cap, label, capLabel }: Props) {
  const max = gaugeMax(ratio, cap);
  const share = (v: number) => Math.max(0, Math.min(100, (v / max) * 100));
  const value = ratio === null ? 0 : share(ratio);
  const c = share(cap);
  const angle = Math.PI * (1 - c / 100);
  const at = (r: number) => ({ x: CENTRE.x + r * Math.cos(angle), y: CENTRE.y - r * Math.sin(angle) });
  const [inner, outer, text] = [at(R - 22), at(R + 22), at(R + 38)];
  const over = ratio !== null && ratio > cap;
  return (
    <svg className="board-gauge" viewBox="0 -6 300 186" role="img" aria-label={`${label} · ${capLabel}`}>
      <path className="gauge-track" d={ARC} pathLength={100} />
      <path className="gauge-over-zone" d={ARC} pathLength={100} strokeDasharray={`0 ${c} ${100 - c} 100`} />
      <path className={`gauge-value${over ? ' over' : ''}`} d={ARC} pathLength={100} strokeDasharray={`${value} 100`} />
      <line className="gauge-cap" x1={inner.x} y1={inner.y} x2={outer.x} y2={outer.y} />
      <text className="gauge-cap-label" x={text.x} y={text.y} textAnchor="middle">
        {capLabel}
      </text>
      <text className="gauge-figure" x={CENTRE.x} y={CENTRE.y - 12} textAnchor="middle">
        {label}
      </text>
      <text className="gauge-end" x={CENTRE.x - R} y={CENTRE.y + 26} textAnchor="middle">
        0
      </text>
      <text className="gauge-end" x={CENTRE.x + R} y={CENTRE.y + 26} textAnchor="middle">
        {`${Math.round(max * 100)}%`}
      </text>
    </svg>
  );
}
