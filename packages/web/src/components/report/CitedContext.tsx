import { useI18n } from '../../i18n/i18n.tsx';

/**
 * Market figures from published sources (shared/seeds/FACTS.md), grouped by source with its date: context
 * for the live report, kept apart from it and labelled as not live.
 */
export function CitedContext({ id }: { id: string }) {
  const { t } = useI18n();
  const c = t.report.context;
  const sources = [
    {
      key: 'round-table',
      source: c.roundTable,
      figures: [
        { term: c.marketSize, value: c.marketSizeValue },
        { term: c.domesticShare, value: c.domesticShareValue },
        { term: c.forecast, value: c.forecastValue },
        { term: c.dataCenters, value: c.dataCentersValue },
        { term: c.smes, value: c.smesValue },
      ],
    },
    { key: 'criteria', source: c.criteriaLetter, figures: [{ term: c.criteria, value: c.criteriaValue }] },
    { key: 'decision', source: c.decision, figures: [{ term: c.target, value: c.targetValue }] },
  ];
  return (
    <section id={id} className="report-section report-context" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="section-title">
        {c.title}
      </h2>
      <p className="report-context__label">{c.notLive}</p>
      <p>{c.intro}</p>
      {sources.map((group) => (
        <div key={group.key} className="report-context__group">
          <dl className="report-context__list">
            {group.figures.map((figure) => (
              <div key={figure.term} className="report-context__item">
                <dt>{figure.term}</dt>
                <dd>{figure.value}</dd>
              </div>
            ))}
          </dl>
          <p className="report-context__source">
            {c.source}: <cite>{group.source}</cite>
          </p>
        </div>
      ))}
    </section>
  );
}
