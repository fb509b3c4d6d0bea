import { useId } from 'react';
import { graphql, readFragment, type FragmentOf } from '../../graphql.ts';
import { Localized, localized, useI18n } from '../../i18n/i18n.tsx';
import { formatCount, unitOf } from '../../lib/format.ts';
import { useComposeText } from './compose-text.ts';

export const ComposeCategoryFields = graphql(`
  fragment ComposeCategory on Category {
    slug
    name
    nameEn
    kind
    unitName
    unitNameEn
    unitNameEnOne
  }
`);

export const BlueprintCardFields = graphql(
  `
    fragment BlueprintCard on Blueprint {
      slug
      name
      nameEn
      description
      descriptionEn
      needs {
        category {
          ...ComposeCategory
        }
        quantity
        note
        noteEn
      }
    }
  `,
  [ComposeCategoryFields],
);

interface BlueprintPickerProps {
  blueprints: readonly FragmentOf<typeof BlueprintCardFields>[];
  /** the chosen blueprint's slug; null: starting empty; undefined: nothing chosen yet */
  value: string | null | undefined;
  onChange: (slug: string | null) => void;
  /** what the API said about the blueprint asked for */
  error: string | null;
}

/** The blueprints as radio cards (arrow keys move between them), and starting with no needs. */
export function BlueprintPicker({ blueprints: data, value, onChange, error }: BlueprintPickerProps) {
  const { lang } = useI18n();
  const c = useComposeText();
  const id = useId();
  const blueprints = data.map((blueprint) => readFragment(BlueprintCardFields, blueprint));
  const choices = [
    ...blueprints.map((blueprint) => ({
      slug: blueprint.slug as string | null,
      name: <Localized vi={blueprint.name} en={blueprint.nameEn} />,
      description: <Localized vi={blueprint.description} en={blueprint.descriptionEn} />,
      needs: blueprint.needs.map((need) => {
        const category = readFragment(ComposeCategoryFields, need.category);
        return {
          key: category.slug,
          text: `${localized(lang, category.name, category.nameEn)}: ${formatCount(need.quantity, lang)} ${unitOf(lang, need.quantity, category)}`,
        };
      }),
    })),
    { slug: null, name: <>{c.blueprints.empty}</>, description: <>{c.blueprints.emptyBody}</>, needs: [] },
  ];
  return (
    <fieldset className="blueprints" aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="visually-hidden">{c.blueprints.legend}</legend>
      {blueprints.length === 0 && <p className="muted">{c.blueprints.none}</p>}
      <ul className="blueprints__grid">
        {choices.map((choice) => {
          const choiceId = `${id}-${choice.slug ?? 'empty'}`;
          return (
            <li key={choice.slug ?? ''} className={value === choice.slug ? 'blueprint-card is-chosen' : 'blueprint-card'} data-blueprint={choice.slug ?? ''}>
              <input
                type="radio"
                className="blueprint-card__radio"
                id={choiceId}
                name={`${id}-blueprint`}
                checked={value === choice.slug}
                onChange={() => onChange(choice.slug)}
                aria-describedby={`${choiceId}-about`}
              />
              <label htmlFor={choiceId} className="blueprint-card__name">
                {choice.name}
              </label>
              <div id={`${choiceId}-about`} className="blueprint-card__about">
                <p className="blueprint-card__description">{choice.description}</p>
                {choice.needs.length > 0 && (
                  <>
                    <p className="visually-hidden">{c.blueprints.needs}</p>
                    <ul className="blueprint-card__needs">
                      {choice.needs.map((need) => (
                        <li key={need.key}>{need.text}</li>
                      ))}
                    </ul>
                  </>
                )}
              </div>
            </li>
          );
        })}
      </ul>
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </fieldset>
  );
}
