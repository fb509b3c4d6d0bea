import { Group } from '@visx/group';
import { Bar } from '@visx/shape';
import { ChartFrame, ChartSvg, COLORS, Hatch, layoutRows, RowLabel, usePlainId } from './chart-kit.tsx';
import { linearScale } from './scales.ts';

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

const SUB_LABEL_SIZE = 13;
const BAR = 18;
const BAR_GAP = 6;
const GROUP_GAP = 12;
const VALUE_ROOM = 56;

/**
 * Horizontal bars, each group's name beside its bars (above them on a phone, wrapped, so long category
 * names stay whole) and each bar's value written at its end: nothing has to be read off an axis or a colour.
 */
export function BarChart(props: BarChartProps) {
  return <ChartFrame>{(width) => <Bars {...props} width={width} />}</ChartFrame>;
}

function Bars({ title, description, groups, formatValue, width }: BarChartProps & { width: number }) {
  const hatchId = usePlainId();
  const layout = layoutRows(
    groups.map((group) => group.label),
    groups.map((group) => group.bars.length * (BAR + BAR_GAP) - BAR_GAP),
    width,
    GROUP_GAP,
  );
  const subLabelRoom = groups.some((group) => group.bars.some((bar) => bar.label)) ? Math.min(110, (width - layout.plotLeft) * 0.3) : 0;
  const barsLeft = layout.plotLeft + subLabelRoom;
  const max = Math.max(1, ...groups.flatMap((group) => group.bars.map((bar) => bar.value)));
  const x = linearScale(max, Math.max(10, width - barsLeft - VALUE_ROOM));

  return (
    <ChartSvg width={width} height={layout.height} title={title} description={description}>
      <defs>
        <Hatch id={hatchId} color={COLORS.muted} />
      </defs>
      {groups.map((group, groupIndex) => {
        const row = layout.rows[groupIndex]!;
        return (
          <Group key={group.key}>
            <RowLabel lines={row.lines} top={row.labelTop} />
            {group.bars.map((bar, index) => {
              const length = x(bar.value);
              return (
                <Group key={index} top={row.blockTop + index * (BAR + BAR_GAP)}>
                  {bar.label && (
                    <text x={layout.plotLeft} y={BAR / 2} dy="0.35em" fill={COLORS.muted} fontSize={SUB_LABEL_SIZE}>
                      {bar.label}
                    </text>
                  )}
                  <Bar
                    x={barsLeft}
                    y={0}
                    width={length}
                    height={BAR}
                    fill={bar.hatched ? `url(#${hatchId})` : COLORS.bar}
                    stroke={bar.hatched ? COLORS.muted : 'none'}
                    strokeWidth={1.5}
                  />
                  <text x={barsLeft + length + 6} y={BAR / 2} dy="0.35em" fill={COLORS.ink} fontSize={14} fontWeight={700}>
                    {formatValue(bar.value)}
                  </text>
                </Group>
              );
            })}
          </Group>
        );
      })}
    </ChartSvg>
  );
}
