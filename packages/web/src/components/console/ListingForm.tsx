import { useConsoleI18n } from './console-i18n.ts';
import { DataCenterPicker } from './DataCenterPicker.tsx';
import type { ListingFormOptions } from './listing-editor-documents.ts';
import type { ListingSectionProps } from './listing-draft.ts';
import { ListingBasics } from './ListingBasics.tsx';
import { PlanDrafts } from './PlanDrafts.tsx';

export interface ListingFormProps extends ListingSectionProps {
  options: ListingFormOptions;
  /** an existing listing: its kind and category are fixed */
  existing: boolean;
  readOnly: boolean;
  /** the SLA the listing has, which an edit cannot remove */
  savedSla: string;
}

/** Every field of a listing: texts, kind and category, SLA, data centers, plans with specs. */
export function ListingForm({ options, existing, readOnly, savedSla, ...section }: ListingFormProps) {
  const { c } = useConsoleI18n();
  return (
    <fieldset className="listing-form__body" disabled={readOnly}>
      <section className="form-section" aria-labelledby="listing-basics">
        <h2 id="listing-basics" className="form-section__title">
          {c.editor.basics}
        </h2>
        <ListingBasics {...section} options={options} existing={existing} savedSla={savedSla} />
      </section>
      <DataCenterPicker {...section} options={options} />
      <PlanDrafts {...section} />
    </fieldset>
  );
}
