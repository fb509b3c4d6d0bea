import { readFragment } from '../../graphql.ts';
import { localized } from '../../i18n/i18n.tsx';
import { useConsoleI18n } from './console-i18n.ts';
import { SelectField, TextField } from './FormField.tsx';
import { DataCenterOptionFields, type ListingFormOptions } from './listing-editor-documents.ts';
import { HOSTED_KINDS, KINDS, LISTING_FORM, type Kind, type ListingDraft } from './listing-draft.ts';
import type { ListingSectionProps } from './listing-draft.ts';
import { fieldAt } from './user-errors.ts';

const TEXTS = ['name', 'nameEn', 'summary', 'summaryEn', 'description', 'descriptionEn'] as const;

interface ListingBasicsProps extends ListingSectionProps {
  options: ListingFormOptions;
  existing: boolean;
  savedSla: string;
}

/** The listing's names, summaries and descriptions in both languages, its kind and category, its SLA. */
export function ListingBasics({ draft, onChange, errors, options, existing, savedSla }: ListingBasicsProps) {
  const { c, t, lang } = useConsoleI18n();
  const at = (key: string) => fieldAt(LISTING_FORM, errors, key);
  const set = (changes: Partial<ListingDraft>) => onChange({ ...draft, ...changes });
  const category = options.categories.find((known) => known.slug === draft.categorySlug);
  // Only SaaS, software and security may run in a cloud provider's data centers.
  const dataCentersFor = (kind: string) => {
    if (HOSTED_KINDS.has(kind)) return draft.dataCenterIds;
    const own = new Set(options.ownDataCenters.map((dc) => readFragment(DataCenterOptionFields, dc).id));
    return draft.dataCenterIds.filter((dc) => own.has(dc));
  };

  const chooseKind = (kind: Kind | '') => {
    const keepCategory = options.categories.some((known) => known.slug === draft.categorySlug && known.kind === kind);
    set({ kind, categorySlug: keepCategory ? draft.categorySlug : '', dataCenterIds: dataCentersFor(kind) });
  };
  const chooseCategory = (slug: string) => {
    const chosen = options.categories.find((known) => known.slug === slug);
    if (chosen && chosen.kind !== draft.kind) set({ categorySlug: slug, kind: chosen.kind as Kind, dataCenterIds: dataCentersFor(chosen.kind) });
    else set({ categorySlug: slug });
  };

  return (
    <>
      {TEXTS.map((key) => (
        <TextField
          key={key}
          {...at(key)}
          label={c.editor[key]}
          hint={c.editor[`${key}Hint`]}
          value={draft[key]}
          multiline={key.startsWith('description')}
          lang={key.endsWith('En') ? 'en' : undefined}
          onChange={(value) => onChange({ ...draft, [key]: value })}
        />
      ))}
      {existing ? (
        <>
          <dl className="listing-form__fixed">
            <div>
              <dt>{c.editor.kind}</dt>
              <dd>{draft.kind ? (t.kinds[draft.kind] ?? draft.kind) : c.editor.none}</dd>
            </div>
            <div>
              <dt>{c.editor.category}</dt>
              <dd>{category ? localized(lang, category.name, category.nameEn) : draft.categorySlug}</dd>
            </div>
          </dl>
          <p className="field__hint">{c.editor.kindFixed}</p>
        </>
      ) : (
        <div className="form-row">
          <SelectField
            {...at('kind')}
            label={c.editor.kind}
            value={draft.kind}
            placeholder={c.editor.chooseKind}
            choices={KINDS.map((kind) => ({ value: kind, label: t.kinds[kind] ?? kind }))}
            onChange={chooseKind}
          />
          <SelectField
            {...at('categorySlug')}
            label={c.editor.category}
            value={draft.categorySlug}
            placeholder={c.editor.chooseCategory}
            choices={options.categories
              .filter((option) => !draft.kind || option.kind === draft.kind)
              .map((option) => ({ value: option.slug, label: localized(lang, option.name, option.nameEn) }))}
            onChange={chooseCategory}
          />
        </div>
      )}
      <TextField
        {...at('slaAvailability')}
        label={c.editor.sla}
        hint={existing && savedSla ? `${c.editor.slaHint} ${c.editor.slaKept}` : c.editor.slaHint}
        value={draft.slaAvailability}
        inputMode="decimal"
        short
        onChange={(slaAvailability) => set({ slaAvailability })}
      />
    </>
  );
}
