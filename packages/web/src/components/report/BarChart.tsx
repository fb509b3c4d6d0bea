import { Group } from '@visx/group';
import { scaleLinear } from '@visx/scale';
import { Bar } from '@visx/shape';
import { ChartFrame, ChartSvg, COLORS, Hatch, usePlainId, wrapText } from './chart-kit.tsx';

export interface BarDatum {
  /** Names the bar within its group when a group has several (e.g. domestic, foreign). */
  label?: string;
  value: number;
  /** Drawn striped: the second series, told apart by pattern and not by colour alone. */
  hatched?: boolean;
}

export interface BarGroupDatum {
  key: string;
  label: string;
  bars: BarDatum[];
}

interface BarChartProps {
  title: string;
  description: string;
  groups: BarGroupDatum[];
  formatValue: (value: number) => string;
}

const LABEL_SIZE = 14;
const LABEL_LINE = 19;
const SUB_LABEL_SIZE = 13;
const BAR = 18;
const BAR_GAP = 6;
const GROUP_GAP = 14;
const VALUE_ROOM = 56;

/**
 * Horizontal bars, each group's name written above its bars (it wraps, so long category names stay whole
 * on a phone) and each bar's value written at its end: nothing has to be read off an axis or a colour.
 */
export function BarChart(props: BarChartProps) {
  return <ChartFrame>{(width) => <Bars {...props} width={width} />}</ChartFrame>;
}

function Bars({ title, description, groups, formatValue, width }: BarChartProps & { width: number }) {
  const hatchId = usePlainId();
  const subLabelRoom = groups.some((group) => group.bars.some((bar) => bar.label)) ? Math.min(110, width * 0.3) : 0;
  const max = Math.max(1, ...groups.flatMap((group) => group.bars.map((bar) => bar.value)));
  const x = scaleLinear<number>({ domain: [0, max], range: [0, Math.max(10, width - subLabelRoom - VALUE_ROOM)] });

  let y = 0;
  const laidOut = groups.map((group) => {
    const lines = wrapText(group.label, width, LABEL_SIZE, 600);
    const top = y;
    const barsTop = top + lines.length * LABEL_LINE + 4;
    y = barsTop + group.bars.length * (BAR + BAR_GAP) - BAR_GAP + GROUP_GAP;
    return { group, lines, top, barsTop };
  });
  const height = Math.max(1, y - GROUP_GAP + 2);

  return (
    <ChartSvg width={width} height={height} title={title} description={description}>
      <defs>
        <Hatch id={hatchId} color={COLORS.muted} />
      </defs>
      {laidOut.map(({ group, lines, top, barsTop }) => (
        <Group key={group.key}>
          <text y={top} fill={COLORS.ink} fontSize={LABEL_SIZE} fontWeight={600}>
            {lines.map((line, index) => (
              <tspan key={index} x={0} dy={index === 0 ? LABEL_SIZE : LABEL_LINE}>
                {line}
              </tspan>
            ))}
          </text>
          {group.bars.map((bar, index) => {
            const barTop = barsTop + index * (BAR + BAR_GAP);
            const length = x(bar.value);
            return (
              <Group key={index} top={barTop}>
                {bar.label && (
                  <text x={0} y={BAR / 2} dy="0.35em" fill={COLORS.muted} fontSize={SUB_LABEL_SIZE}>
                    {bar.label}
                  </text>
                )}
                <Bar
                  x={subLabelRoom}
                  y={0}
                  width={length}
                  height={BAR}
                  fill={bar.hatched ? `url(#${hatchId})` : COLORS.bar}
                  stroke={bar.hatched ? COLORS.muted : 'none'}
                  strokeWidth={1.5}
                />
                <text x={subLabelRoom + length + 6} y={BAR / 2} dy="0.35em" fill={COLORS.ink} fontSize={LABEL_SIZE} fontWeight={700}>
                  {formatValue(bar.value)}
                </text>
              </Group>
            );
          })}
        </Group>
      ))}
    </ChartSvg>
  );
}
