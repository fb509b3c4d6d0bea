import { Group } from '@visx/group';
import { Line } from '@visx/shape';
import { ChartFrame, ChartSvg, COLORS, layoutRows, RowLabel } from './chart-kit.tsx';
import { symlogScale } from './scales.ts';

export interface PriceRangeDatum {
  key: string;
  label: string;
  min: number;
  median: number;
  max: number;
}

interface PriceRangeChartProps {
  title: string;
  description: string;
  rows: PriceRangeDatum[];
  axisLabel: string;
  formatTick: (value: number) => string;
}

const RANGE = 16;
const ROW_GAP = 12;
const AXIS = 52;
// The axis below the plot: tick marks, their labels under them, then the axis's name.
const TICK = 8;
const TICK_LABEL_SIZE = 12;
const AXIS_LABEL_BASELINE = 47;
// Room on either side of the plot for the first and last tick labels.
const SIDE = 24;
// Below this many đồng the scale is nearly linear, above it logarithmic: free plans (0 ₫) still show.
const LINEAR_BELOW = 100;

/** Powers of ten from 1.000 ₫ up to the first one above the dearest price, every other one when room is short. */
function tickValues(max: number, plotWidth: number): number[] {
  const powers = [0];
  for (let power = 1000; powers.at(-1)! < max; power *= 10) powers.push(power);
  const roomy = plotWidth / powers.length >= 72;
  return roomy ? powers : powers.filter((_, index) => index % 2 === 0 || index === powers.length - 1);
}

/**
 * Each category's monthly prices as a line from the lowest to the highest with a dot at the median, on a
 * logarithmic axis (prices run from hundreds of đồng per GB to tens of millions per system).
 */
export function PriceRangeChart(props: PriceRangeChartProps) {
  return <ChartFrame>{(width) => <Ranges {...props} width={width} />}</ChartFrame>;
}

function Ranges({ title, description, rows, axisLabel, formatTick, width }: PriceRangeChartProps & { width: number }) {
  const layout = layoutRows(
    rows.map((row) => row.label),
    rows.map(() => RANGE),
    width,
    ROW_GAP,
  );
  const plotLeft = layout.plotLeft + SIDE;
  const plotWidth = Math.max(10, width - plotLeft - SIDE);
  const ticks = tickValues(Math.max(1000, ...rows.map((row) => row.max)), plotWidth);
  const x = symlogScale(ticks.at(-1)!, plotWidth, LINEAR_BELOW);
  const plotHeight = layout.height + ROW_GAP / 2;

  return (
    <ChartSvg width={width} height={plotHeight + AXIS} title={title} description={description}>
      <Group left={plotLeft}>
        {ticks.map((tick) => (
          <Line key={tick} from={{ x: x(tick), y: 0 }} to={{ x: x(tick), y: plotHeight }} stroke={COLORS.grid} strokeWidth={1} />
        ))}
      </Group>
      {rows.map((row, index) => {
        const { lines, labelTop, blockTop } = layout.rows[index]!;
        const middle = blockTop + RANGE / 2;
        return (
          <Group key={row.key}>
            <RowLabel lines={lines} top={labelTop} halo />
            <Group left={plotLeft}>
              <Line from={{ x: x(row.min), y: middle }} to={{ x: x(row.max), y: middle }} stroke={COLORS.ink} strokeWidth={2.5} />
              <Line from={{ x: x(row.min), y: blockTop }} to={{ x: x(row.min), y: blockTop + RANGE }} stroke={COLORS.ink} strokeWidth={2.5} />
              <Line from={{ x: x(row.max), y: blockTop }} to={{ x: x(row.max), y: blockTop + RANGE }} stroke={COLORS.ink} strokeWidth={2.5} />
              <circle cx={x(row.median)} cy={middle} r={6} fill={COLORS.bar} stroke={COLORS.paper} strokeWidth={2} />
            </Group>
          </Group>
        );
      })}
      <Group top={plotHeight} left={plotLeft}>
        <Line from={{ x: 0, y: 0 }} to={{ x: plotWidth, y: 0 }} stroke={COLORS.muted} strokeWidth={1} />
        {ticks.map((tick) => (
          <Group key={tick} left={x(tick)}>
            <Line from={{ x: 0, y: 0 }} to={{ x: 0, y: TICK }} stroke={COLORS.muted} strokeWidth={1} strokeLinecap="square" />
            <text y={TICK + TICK_LABEL_SIZE} dy="0.25em" fill={COLORS.ink} fontSize={TICK_LABEL_SIZE} textAnchor="middle">
              {formatTick(tick)}
            </text>
          </Group>
        ))}
        <text x={plotWidth / 2} y={AXIS_LABEL_BASELINE} fill={COLORS.ink} fontSize={13} textAnchor="middle">
          {axisLabel}
        </text>
      </Group>
    </ChartSvg>
  );
}
