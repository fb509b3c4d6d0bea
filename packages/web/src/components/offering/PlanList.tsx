import { useState } from 'react';
import { Link } from 'wouter';
import { graphql, readFragment, type FragmentOf } from '../../graphql.ts';
import { localized, Localized, useI18n } from '../../i18n/i18n.tsx';
import { formatVnd, unitLabel } from '../../lib/format.ts';
import { latestCatalogSearch } from '../catalog/last-search.ts';
import { quantityOf } from '../stack/stack-model.ts';
import { addPlanToStoredStack, useStoredStack } from '../stack/stack-store.ts';
import { PlanPriceFields } from './offering-fields.ts';

export const PlanItemFields = graphql(
  `
    fragment PlanItem on Plan {
      ...PlanPrice
      monthlyPrice {
        amount
      }
      specs {
        key
        value
      }
    }
  `,
  [PlanPriceFields],
);

type Confirmation = { planId: string; text: string; stored: boolean };

export function PlanList({ plans }: { plans: FragmentOf<typeof PlanItemFields>[] }) {
  const { t, lang } = useI18n();
  const stack = useStoredStack();
  const [confirmation, setConfirmation] = useState<Confirmation | null>(null);
  if (plans.length === 0) return <p className="muted">{t.offeringPage.noPlans}</p>;

  const add = (planId: string, planName: string) => {
    const quantity = addPlanToStoredStack(planId, 1, t.stack.defaultName, latestCatalogSearch());
    setConfirmation(
      quantity === null
        ? { planId, text: t.stack.storageRefused, stored: false }
        : { planId, text: t.offeringPage.added(planName, quantity), stored: true },
    );
  };

  return (
    <ul className="plans">
      {plans.map((data) => {
        const plan = readFragment(PlanItemFields, data);
        const inStack = quantityOf(stack, plan.id);
        const shown = confirmation?.planId === plan.id ? confirmation : null;
        const name = localized(lang, plan.name, plan.nameEn);
        return (
          <li key={plan.id} className="card plan">
            <h3 className="plan__name">
              <Localized vi={plan.name} en={plan.nameEn} />
            </h3>
            {plan.specs.length > 0 && (
              <ul className="plan__specs">
                {plan.specs.map((spec) => (
                  <li key={spec.key}>{t.specs[spec.key]?.(spec.value) ?? `${spec.key}: ${spec.value}`}</li>
                ))}
              </ul>
            )}
            <p className="plan__price">
              <strong>{formatVnd(plan.price.amount)}</strong> {unitLabel(plan.unit, lang)}
            </p>
            {plan.unit !== 'MONTH' && plan.unit !== 'ONE_TIME' && (
              <p className="plan__monthly">{t.offeringPage.monthlyEquivalent(formatVnd(plan.monthlyPrice.amount))}</p>
            )}
            <div className="plan__actions">
              <button
                type="button"
                className="button"
                aria-label={`${t.offeringPage.addToStack}: ${name}`}
                onClick={() => add(plan.id, name)}
              >
                {t.offeringPage.addToStack}
              </button>
              {inStack > 0 && <span className="plan__in-stack">{t.stack.inStack(inStack)}</span>}
            </div>
            <div role="status" className="plan__confirmation">
              {shown && (
                <p className={shown.stored ? 'confirmation' : 'confirmation confirmation--error'}>
                  {shown.text} {shown.stored && <Link to="/stack">{t.offeringPage.viewStack}</Link>}
                </p>
              )}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
