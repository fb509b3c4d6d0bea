import { Group } from '@visx/group';
import { Pie } from '@visx/shape';
import { ChartFrame, ChartSvg, COLORS, Hatch, usePlainId } from './chart-kit.tsx';

interface ShareChartProps {
  title: string;
  description: string;
  /** The part (drawn solid green) and the rest (drawn striped). */
  part: number;
  rest: number;
  /** Written in the middle, e.g. "87,4%" over "only in Vietnam". */
  centerValue: string;
  centerLabel: string;
}

const MAX_SIZE = 260;

/** A ring split in two: what share of a whole something is. */
export function ShareChart(props: ShareChartProps) {
  return <ChartFrame>{(width) => <Ring {...props} width={width} />}</ChartFrame>;
}

function Ring({ title, description, part, rest, centerValue, centerLabel, width }: ShareChartProps & { width: number }) {
  const hatchId = usePlainId();
  const size = Math.min(width, MAX_SIZE);
  const radius = size / 2;
  const slices = [
    { key: 'part', value: part, fill: COLORS.home, stroke: 'none' },
    { key: 'rest', value: rest, fill: `url(#${hatchId})`, stroke: COLORS.muted },
  ];
  return (
    <ChartSvg width={width} height={size} title={title} description={description}>
      <defs>
        <Hatch id={hatchId} color={COLORS.muted} />
      </defs>
      <Group top={radius} left={width / 2}>
        <Pie data={slices} pieValue={(slice) => slice.value} pieSort={null} outerRadius={radius - 2} innerRadius={radius * 0.62} padAngle={0.01}>
          {(pie) =>
            pie.arcs.map((arc) => (
              <path key={arc.data.key} d={pie.path(arc) ?? ''} fill={arc.data.fill} stroke={arc.data.stroke} strokeWidth={1.5} />
            ))
          }
        </Pie>
        <text textAnchor="middle" y={-4} fill={COLORS.ink} fontSize={Math.round(radius * 0.3)} fontWeight={800}>
          {centerValue}
        </text>
        <text textAnchor="middle" y={radius * 0.22} fill={COLORS.muted} fontSize={13}>
          {centerLabel}
        </text>
      </Group>
    </ChartSvg>
  );
}
