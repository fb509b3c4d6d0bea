import { AxisBottom } from '@visx/axis';
import { Group } from '@visx/group';
import { scaleSymlog } from '@visx/scale';
import { Line } from '@visx/shape';
import { ChartFrame, ChartSvg, COLORS, wrapText } from './chart-kit.tsx';

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

const LABEL_SIZE = 14;
const LABEL_LINE = 19;
const RANGE = 16;
const ROW_GAP = 12;
const AXIS = 52;
const SIDE = 24;
// Below this many đồng the scale is nearly linear, above it logarithmic: free plans (0 ₫) still show.
const LINEAR_BELOW = 100;

/** Powers of ten from 1.000 ₫ up to the first one above the dearest price, every other one when room is short. */
function tickValues(max: number, innerWidth: number): number[] {
  const powers = [0];
  for (let power = 1000; powers.at(-1)! < max; power *= 10) powers.push(power);
  const roomy = innerWidth / powers.length >= 72;
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
  const innerWidth = Math.max(10, width - 2 * SIDE);
  const max = Math.max(1000, ...rows.map((row) => row.max));
  const ticks = tickValues(max, innerWidth);
  const x = scaleSymlog<number>({ domain: [0, ticks.at(-1)!], range: [0, innerWidth], constant: LINEAR_BELOW });

  let y = 0;
  const laidOut = rows.map((row) => {
    const lines = wrapText(row.label, width, LABEL_SIZE, 600);
    const top = y;
    const rangeTop = top + lines.length * LABEL_LINE + 4;
    y = rangeTop + RANGE + ROW_GAP;
    return { row, lines, top, rangeTop };
  });
  const plotHeight = y;
  const height = plotHeight + AXIS;

  return (
    <ChartSvg width={width} height={height} title={title} description={description}>
      <Group left={SIDE}>
        {ticks.map((tick) => (
          <Line key={tick} from={{ x: x(tick), y: 0 }} to={{ x: x(tick), y: plotHeight }} stroke={COLORS.grid} strokeWidth={1} />
        ))}
      </Group>
      {laidOut.map(({ row, lines, top, rangeTop }) => {
        const middle = rangeTop + RANGE / 2;
        return (
          <Group key={row.key}>
            <text y={top} fill={COLORS.ink} fontSize={LABEL_SIZE} fontWeight={600} stroke={COLORS.paper} strokeWidth={4} paintOrder="stroke">
              {lines.map((line, index) => (
                <tspan key={index} x={0} dy={index === 0 ? LABEL_SIZE : LABEL_LINE}>
                  {line}
                </tspan>
              ))}
            </text>
            <Group left={SIDE}>
              <Line from={{ x: x(row.min), y: middle }} to={{ x: x(row.max), y: middle }} stroke={COLORS.ink} strokeWidth={2.5} />
              <Line from={{ x: x(row.min), y: rangeTop }} to={{ x: x(row.min), y: rangeTop + RANGE }} stroke={COLORS.ink} strokeWidth={2.5} />
              <Line from={{ x: x(row.max), y: rangeTop }} to={{ x: x(row.max), y: rangeTop + RANGE }} stroke={COLORS.ink} strokeWidth={2.5} />
              <circle cx={x(row.median)} cy={middle} r={6} fill={COLORS.bar} stroke={COLORS.paper} strokeWidth={2} />
            </Group>
          </Group>
        );
      })}
      <AxisBottom
        top={plotHeight}
        left={SIDE}
        scale={x}
        tickValues={ticks}
        tickFormat={(value) => formatTick(Number(value))}
        stroke={COLORS.muted}
        tickStroke={COLORS.muted}
        tickLabelProps={{ fill: COLORS.ink, fontSize: 12, textAnchor: 'middle', fontFamily: 'inherit' }}
        label={axisLabel}
        labelProps={{ fill: COLORS.ink, fontSize: 13, textAnchor: 'middle', fontFamily: 'inherit' }}
        labelOffset={14}
      />
    </ChartSvg>
  );
}
