// What every chart of the report shares: its measured width, colours that meet WCAG AA on white (3:1 at
// least for shapes, 4.5:1 for text), a hatch that tells a second series apart without colour, text
// wrapping, and the <svg role="img"> with a title and a description for screen readers.
import { useId, useLayoutEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { flushSync } from 'react-dom';

export const COLORS = {
  bar: '#b5121b',
  home: '#1b6b34',
  ink: '#1c1f24',
  muted: '#4f5765',
  grid: '#d5dae1',
  paper: '#ffffff',
};

export const FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif";

/** A chart's width on an A4 page (186 mm between the margins, less the frame's padding), in CSS pixels. */
const PRINT_WIDTH = 680;

/**
 * The element's width in CSS pixels, kept up to date as it resizes; 0 until it has been measured. Before
 * printing it is the page's width, drawn at once, since the browser lays the page out for print without
 * running scripts.
 */
export function useWidth<T extends HTMLElement>(): [RefObject<T | null>, number] {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => setWidth(Math.floor(element.clientWidth));
    const beforePrint = () => flushSync(() => setWidth(PRINT_WIDTH));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    window.addEventListener('beforeprint', beforePrint);
    window.addEventListener('afterprint', measure);
    return () => {
      observer.disconnect();
      window.removeEventListener('beforeprint', beforePrint);
      window.removeEventListener('afterprint', measure);
    };
  }, []);
  return [ref, width];
}

/** An id usable inside url(#…) and aria-labelledby (React's own may hold characters those dislike). */
export function usePlainId(): string {
  return `chart${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
}

let measuring: CanvasRenderingContext2D | null = null;
let measuringFont = '';
const measured = new Map<string, number>();

/** The width of a piece of text in a font, measured once: charts wrap the same words at every width. */
function textWidth(text: string, font: string): number {
  const key = `${font}\n${text}`;
  let width = measured.get(key);
  if (width !== undefined) return width;
  measuring ??= document.createElement('canvas').getContext('2d');
  if (!measuring) return text.length * 8;
  if (measuringFont !== font) {
    measuring.font = font;
    measuringFont = font;
  }
  width = measuring.measureText(text).width;
  measured.set(key, width);
  return width;
}

/** Breaks a label into lines no wider than maxWidth (a single longer word keeps its own line). */
export function wrapText(text: string, maxWidth: number, fontSize: number, weight = 400): string[] {
  const font = `${weight} ${fontSize}px ${FONT_FAMILY}`;
  const space = textWidth(' ', font);
  const lines: string[] = [];
  let line = '';
  let lineWidth = 0;
  for (const word of text.split(/\s+/)) {
    const wordWidth = textWidth(word, font);
    if (!line) {
      line = word;
      lineWidth = wordWidth;
    } else if (lineWidth + space + wordWidth > maxWidth) {
      lines.push(line);
      line = word;
      lineWidth = wordWidth;
    } else {
      line = `${line} ${word}`;
      lineWidth += space + wordWidth;
    }
  }
  if (line) lines.push(line);
  return lines;
}

const LABEL_SIZE = 14;
const LABEL_LINE = 19;
// From this width, row labels stand left of their bars; below it, above them, across the whole width.
const LABELS_BESIDE_FROM = 560;

export interface RowPlacement {
  /** The label's lines and where the first one's top is. */
  lines: string[];
  labelTop: number;
  /** Where the row's drawing (bars, a range) starts. */
  blockTop: number;
}

export interface RowsLayout {
  rows: RowPlacement[];
  height: number;
  /** Where the drawing starts on the x axis (after the labels when they stand beside it). */
  plotLeft: number;
}

/** Stacks rows of a labelled chart: each label (wrapped) beside or above its drawing of the given height. */
export function layoutRows(labels: string[], blockHeights: number[], width: number, gap: number): RowsLayout {
  const beside = width >= LABELS_BESIDE_FROM;
  const labelWidth = beside ? Math.min(300, Math.round(width * 0.38)) : width;
  let y = 0;
  const rows = labels.map((label, index) => {
    const lines = wrapText(label, beside ? labelWidth - 12 : labelWidth, LABEL_SIZE, 600);
    const labelHeight = lines.length * LABEL_LINE;
    const blockHeight = blockHeights[index] ?? 0;
    const top = y;
    if (beside) {
      const rowHeight = Math.max(labelHeight, blockHeight);
      y += rowHeight + gap;
      return { lines, labelTop: top + (rowHeight - labelHeight) / 2, blockTop: top + (rowHeight - blockHeight) / 2 };
    }
    y += labelHeight + 4 + blockHeight + gap;
    return { lines, labelTop: top, blockTop: top + labelHeight + 4 };
  });
  return { rows, height: Math.max(1, y - gap), plotLeft: beside ? labelWidth : 0 };
}

/** A row's label, in as many lines as layoutRows gave it. */
export function RowLabel({ lines, top, halo = false }: { lines: string[]; top: number; halo?: boolean }) {
  return (
    <text
      y={top}
      fill={COLORS.ink}
      fontSize={LABEL_SIZE}
      fontWeight={600}
      {...(halo ? { stroke: COLORS.paper, strokeWidth: 4, paintOrder: 'stroke' } : {})}
    >
      {lines.map((line, index) => (
        <tspan key={index} x={0} dy={index === 0 ? LABEL_SIZE : LABEL_LINE}>
          {line}
        </tspan>
      ))}
    </text>
  );
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
