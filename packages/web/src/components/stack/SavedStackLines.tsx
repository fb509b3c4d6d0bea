import { graphql, readFragment, type FragmentOf } from '../../graphql.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatCount, formatVnd } from '../../lib/format.ts';
import { LineService } from './LineService.tsx';
import { useStackText } from './stack-text.ts';

export const SavedStackLineFields = graphql(`
  fragment SavedStackLine on StackLine {
    available
    micVerified
    quantity
    priceChanged
    monthlyPrice {
      amount
    }
    savedMonthlyPrice {
      amount
    }
    monthlyCost {
      amount
    }
    dataOutsideVietnam {
      id
      city
      countryCode
    }
    plan {
      id
      name
      unit
      price {
        amount
      }
    }
    offering {
      id
      slug
      name
      vendor {
        id
        slug
        name
      }
    }
  }
`);

/** A saved stack's lines: the unit price of the day it was saved beside today's, and the cost today. */
export function SavedStackLines({ lines }: { lines: readonly FragmentOf<typeof SavedStackLineFields>[] }) {
  const { lang } = useI18n();
  const s = useStackText();
  return (
    <table className="stack-table stack-table--saved">
      <thead>
        <tr>
          <th scope="col">{s.builder.service}</th>
          <th scope="col">{s.builder.plan}</th>
          <th scope="col" className="num">
            {s.builder.quantity}
          </th>
          <th scope="col" className="num">
            {s.line.savedPrice}
          </th>
          <th scope="col" className="num">
            {s.line.todayPrice}
          </th>
          <th scope="col" className="num">
            {s.builder.monthlyCost}
          </th>
        </tr>
      </thead>
      <tbody>
        {lines.map((data) => {
          const line = readFragment(SavedStackLineFields, data);
          return (
            <tr key={line.plan.id} className={line.available ? 'stack-line' : 'stack-line stack-line--unavailable'}>
              <th scope="row" className="stack-line__service" data-label={s.builder.service}>
                <LineService
                  offering={line.offering}
                  available={line.available}
                  micVerified={line.micVerified}
                  dataOutsideVietnam={line.dataOutsideVietnam}
                />
              </th>
              <td className="stack-line__plan-cell" data-label={s.builder.plan}>
                {line.plan.name}
                {line.plan.unit === 'ONE_TIME' && <span className="stack-line__note">{s.line.oneTime(formatVnd(line.plan.price.amount))}</span>}
              </td>
              <td className="num" data-label={s.builder.quantity}>
                {formatCount(line.quantity, lang)}
              </td>
              <td className="num" data-label={s.line.savedPrice}>
                {line.savedMonthlyPrice ? formatVnd(line.savedMonthlyPrice.amount) : '—'}
              </td>
              <td className="num" data-label={s.line.todayPrice}>
                {formatVnd(line.monthlyPrice.amount)}
                {line.priceChanged && (
                  <>
                    {' '}
                    <span className="badge badge--warn-inline">{s.line.priceChanged}</span>
                  </>
                )}
              </td>
              <td className="num stack-line__cost" data-label={s.builder.monthlyCost}>
                {formatVnd(line.monthlyCost.amount)}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
