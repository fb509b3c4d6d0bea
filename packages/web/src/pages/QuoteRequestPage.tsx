import { useQuery } from 'urql';
import { Link } from 'wouter';
import { Fact } from '../components/common/Fact.tsx';
import { NotFound } from '../components/common/NotFound.tsx';
import { PageQueryPending } from '../components/common/Notice.tsx';
import { PageSection } from '../components/common/PageSection.tsx';
import { ClaimRequestBox } from '../components/offers/ClaimRequestBox.tsx';
import { QuoteRequestOffersFields } from '../components/offers/offer-fields.ts';
import { OffersPanel } from '../components/offers/OffersPanel.tsx';
import { QuoteRequestHeader } from '../components/offers/QuoteRequestHeader.tsx';
import { ProcurementRecordButtons } from '../components/stack/ProcurementRecordButtons.tsx';
import { LineCostCells } from '../components/stack/LineCostCells.tsx';
import { savedUnitPrice, UnitPrice } from '../components/stack/UnitPrice.tsx';
import { useStackText } from '../components/stack/stack-text.ts';
import { StackTableHead } from '../components/stack/StackTableHead.tsx';
import { graphql } from '../graphql.ts';
import { Localized, useI18n } from '../i18n/i18n.tsx';
import { useDocumentTitle } from '../lib/document-title.ts';
import { useFragmentToken } from '../lib/fragment-token.ts';
import { formatCount, formatDate, formatVnd } from '../lib/format.ts';

const QuoteRequestQuery = graphql(
  `
    query QuoteRequestByToken($token: String!) {
      quoteRequestByToken(token: $token) {
        id
        reference
        createdAt
        contactName
        contactEmail
        organization
        message
        contactErasedAt
        stack {
          id
          name
          sharePath
        }
        parts {
          vendor {
            id
            slug
            name
          }
          monthlySubtotal {
            amount
          }
          oneTimeSubtotal {
            amount
          }
          lines {
            quantity
            monthlyPrice {
              amount
            }
            monthlyCost {
              amount
            }
            oneTimePrice {
              amount
            }
            oneTimeCost {
              amount
            }
            plan {
              id
              name
              nameEn
              unit
            }
            offering {
              id
              slug
              name
              nameEn
            }
          }
        }
        ...QuoteRequestOffersFields
      }
    }
  `,
  [QuoteRequestOffersFields],
);

/** A buyer's quote request, read back with the private link requestQuote gave: what was sent, and to whom. */
export default function QuoteRequestPage() {
  const token = useFragmentToken();
  const { t, lang } = useI18n();
  const s = useStackText();
  const [result, reexecute] = useQuery({ query: QuoteRequestQuery, variables: { token }, pause: token === '' });
  const request = result.data?.quoteRequestByToken;
  useDocumentTitle(request ? `${s.request.title(request.stack.name)} — ${t.siteName}` : null);

  if (token === '') return <NotFound title={s.request.notFoundTitle} body={s.request.notFoundBody} />;
  if (!result.data) return <PageQueryPending failed={result.error !== undefined} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (!request) return <NotFound title={s.request.notFoundTitle} body={s.request.notFoundBody} />;

  const given = (value: string | null) => value ?? <span className="muted">{s.request.notGiven}</span>;

  return (
    <article className="page quote-request-page">
      <QuoteRequestHeader request={request} note={s.request.private} />

      <ClaimRequestBox accessToken={token} />

      <OffersPanel
        request={request}
        accessToken={token}
        onDecided={() => reexecute({ requestPolicy: 'network-only' })}
        record={<ProcurementRecordButtons accessToken={token} />}
      />

      <PageSection id="request-contact" className="card quote-request-page__contact" title={s.request.contactTitle}>
        {request.contactErasedAt ? (
          <p className="callout" role="note">
            {s.request.erased(formatDate(request.contactErasedAt))}
          </p>
        ) : (
          <dl className="stack-totals">
            <Fact term={s.request.contactName}>{request.contactName}</Fact>
            <Fact term={s.request.contactEmail}>{request.contactEmail}</Fact>
            <Fact term={s.request.organization}>{given(request.organization)}</Fact>
            <Fact term={s.request.message} className="quote-request-page__message">{given(request.message)}</Fact>
          </dl>
        )}
      </PageSection>

      <PageSection id="request-vendors" title={s.request.vendorsTitle(request.parts.length)}>
        <p className="muted">{s.request.vendorsNote}</p>
        {request.parts.map((part) => (
          <section key={part.vendor.id} className="card quote-request-page__part" aria-labelledby={`part-${part.vendor.id}`}>
            <h3 id={`part-${part.vendor.id}`} className="quote-request-page__vendor">
              <Link to={`/vendors/${part.vendor.slug}`}>{part.vendor.name}</Link>
            </h3>
            <table className="stack-table">
              <StackTableHead
                columns={[
                  { header: s.builder.service },
                  { header: s.builder.plan },
                  { header: s.builder.quantity, numeric: true },
                  { header: s.request.unitPrice, numeric: true },
                  { header: s.builder.monthlyCost, numeric: true },
                  { header: s.estimate.oneTimeCost, numeric: true },
                ]}
              />
              <tbody>
                {part.lines.map((line) => {
                  const asked = savedUnitPrice({ plan: line.plan, savedMonthlyPrice: line.monthlyPrice, savedOneTimePrice: line.oneTimePrice });
                  const oneTime = asked?.unit === 'ONE_TIME';
                  return (
                    <tr key={line.plan.id} className="stack-line">
                      <th scope="row" data-label={s.builder.service}>
                        <Link to={`/offerings/${line.offering.slug}`}>
                          <Localized vi={line.offering.name} en={line.offering.nameEn} />
                        </Link>
                      </th>
                      <td data-label={s.builder.plan}>
                        <Localized vi={line.plan.name} en={line.plan.nameEn} />
                      </td>
                      <td className="num" data-label={s.builder.quantity}>
                        {formatCount(line.quantity, lang)}
                      </td>
                      <td className="num" data-label={s.request.unitPrice}>
                        {asked && <UnitPrice className="stack-line__unit-price" price={asked} />}
                      </td>
                      <LineCostCells cost={{ oneTime, monthly: line.monthlyCost.amount, once: line.oneTimeCost.amount }} />
                    </tr>
                  );
                })}
              </tbody>
            </table>
            <dl className="stack-totals quote-request-page__subtotal">
              <Fact term={s.request.subtotal} className="quote-request-page__monthly-subtotal">{formatVnd(part.monthlySubtotal.amount)}</Fact>
              <Fact term={s.request.oneTimeSubtotal} className="quote-request-page__one-time-subtotal">{formatVnd(part.oneTimeSubtotal.amount)}</Fact>
            </dl>
          </section>
        ))}
        <p>
          <Link to={request.stack.sharePath}>{s.request.stackLink}</Link>
        </p>
      </PageSection>
    </article>
  );
}
