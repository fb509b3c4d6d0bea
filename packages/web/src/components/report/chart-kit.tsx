// What every chart of the report shares: its measured width, colours that meet WCAG AA on white (3:1 at
// least for shapes, 4.5:1 for text), a hatch that tells a second series apart without colour, text
// wrapping, and the <svg role="img"> with a title and a description for screen readers.
import { useId, useLayoutEffect, useRef, useState, type ReactNode, type RefObject } from 'react';

export const COLORS = {
  bar: '#b5121b',
  home: '#1b6b34',
  ink: '#1c1f24',
  muted: '#4f5765',
  grid: '#d5dae1',
  paper: '#ffffff',
};

export const FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif";

/** The element's width in CSS pixels, kept up to date as it resizes; 0 until it has been measured. */
export function useWidth<T extends HTMLElement>(): [RefObject<T | null>, number] {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => setWidth(Math.floor(element.clientWidth));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

/** An id usable inside url(#…) and aria-labelledby (React's own may hold characters those dislike). */
export function usePlainId(): string {
  return `chart${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
}

let measuring: CanvasRenderingContext2D | null = null;

function textWidth(text: string, font: string): number {
  measuring ??= document.createElement('canvas').getContext('2d');
  if (!measuring) return text.length * 8;
  measuring.font = font;
  return measuring.measureText(text).width;
}

/** Breaks a label into lines no wider than maxWidth (a single longer word keeps its own line). */
export function wrapText(text: string, maxWidth: number, fontSize: number, weight = 400): string[] {
  const font = `${weight} ${fontSize}px ${FONT_FAMILY}`;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(candidate, font) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Diagonal stripes on white: the "other" series of a chart, told apart by pattern as well as colour. */
export function Hatch({ id, color }: { id: string; color: string }) {
  return (
    <pattern id={id} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
      <rect width="6" height="6" fill={COLORS.paper} />
      <line x1="0" y1="0" x2="0" y2="6" stroke={color} strokeWidth="3" />
    </pattern>
  );
}

interface ChartSvgProps {
  width: number;
  height: number;
  title: string;
  description: string;
  children: ReactNode;
}

/** The chart's drawing: one image to assistive technology, named by its title and described in words. */
export function ChartSvg({ width, height, title, description, children }: ChartSvgProps) {
  const id = usePlainId();
  return (
    <svg
      className="report-chart__svg"
      role="img"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-desc`}
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      fontFamily={FONT_FAMILY}
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      {children}
    </svg>
  );
}

/** A chart's frame: measures the room it has and draws once it knows. */
export function ChartFrame({ children }: { children: (width: number) => ReactNode }) {
  const [ref, width] = useWidth<HTMLDivElement>();
  return (
    <div ref={ref} className="report-chart__canvas">
      {width > 0 && children(width)}
    </div>
  );
}

export interface LegendItem {
  label: string;
  swatch: ReactNode;
}

/** The key to a chart's series, in HTML so it wraps on a phone; the swatches repeat the chart's shapes. */
export function Legend({ items }: { items: LegendItem[] }) {
  return (
    <ul className="report-legend">
      {items.map((item) => (
        <li key={item.label}>
          <svg className="report-legend__swatch" viewBox="0 0 24 14" width="24" height="14" aria-hidden="true" focusable="false">
            {item.swatch}
          </svg>
          {item.label}
        </li>
      ))}
    </ul>
  );
}

export function SolidSwatch({ color }: { color: string }) {
  return <rect x="0" y="1" width="24" height="12" fill={color} />;
}

export function HatchSwatch({ color }: { color: string }) {
  const id = usePlainId();
  return (
    <>
      <defs>
        <Hatch id={id} color={color} />
      </defs>
      <rect x="0.75" y="1.75" width="22.5" height="10.5" fill={`url(#${id})`} stroke={color} strokeWidth="1.5" />
    </>
  );
}
