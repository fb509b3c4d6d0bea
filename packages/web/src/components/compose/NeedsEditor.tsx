import { useRef } from 'react';
import { readFragment, type FragmentOf } from '../../graphql.ts';
import { Localized, localized, useI18n } from '../../i18n/i18n.tsx';
import { unitOf } from '../../lib/format.ts';
import { ComposeCategoryFields } from './BlueprintPicker.tsx';
import { needKey, type DraftNeed } from './compose-draft.ts';
import { useComposeText } from './compose-text.ts';
import { MAX_NEEDS } from './compose-url.ts';
import { OFFERING_KINDS } from '../catalog/catalog-url.ts';

interface NeedsEditorProps {
  categories: readonly FragmentOf<typeof ComposeCategoryFields>[];
  needs: readonly DraftNeed[];
  onChange: (needs: DraftNeed[]) => void;
  /** each field's error, by its id in the form (need-<i>-category, need-<i>-quantity, needs) */
  errorOf: (field: `need-${number}-category` | `need-${number}-quantity` | 'needs') => string | null;
  onAnnounce: (text: string) => void;
  /** what the chosen blueprint says each of its needs is for, by category slug */
  notes: ReadonlyMap<string, { note: string | null; noteEn: string | null }>;
}

/** The needs as rows: a category, a quantity in its unit, a button to remove; and one to add a row. */
export function NeedsEditor({ categories: data, needs, onChange, errorOf, onAnnounce, notes }: NeedsEditorProps) {
  const { t, lang } = useI18n();
  const c = useComposeText();
  const categories = data.map((category) => readFragment(ComposeCategoryFields, category));
  const bySlug = new Map(categories.map((category) => [category.slug, category]));
  const addButton = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLOListElement>(null);

  const update = (index: number, change: Partial<DraftNeed>) => onChange(needs.map((need, i) => (i === index ? { ...need, ...change } : need)));
  const remove = (index: number) => {
    onChange(needs.filter((_, i) => i !== index));
    onAnnounce(c.needs.removed(index + 1));
    // The focus goes to the next row's first field, the previous row's, or the add button.
    const next = index < needs.length - 1 ? index : index - 1;
    window.requestAnimationFrame(() => {
      const target = next >= 0 ? list.current?.querySelectorAll('select')[next] : addButton.current;
      (target ?? addButton.current)?.focus();
    });
  };
  const add = () => {
    onChange([...needs, { key: needKey(), category: '', quantity: '1' }]);
    window.requestAnimationFrame(() => {
      const selects = list.current?.querySelectorAll('select');
      selects?.[selects.length - 1]?.focus();
    });
  };
  const listError = errorOf('needs');

  return (
    <div className="needs">
      {needs.length === 0 ? (
        <p className="muted">{c.needs.empty}</p>
      ) : (
        <ol className="needs__list" ref={list}>
          {needs.map((need, index) => {
            const category = bySlug.get(need.category);
            const unit = category ? unitOf(lang, Number(need.quantity), category) : '';
            const categoryError = errorOf(`need-${index}-category`);
            const quantityError = errorOf(`need-${index}-quantity`);
            const base = `compose-need-${index}`;
            const note = notes.get(need.category);
            return (
              <li key={need.key} className="need-row">
                <div className="field need-row__category">
                  <label htmlFor={`${base}-category`}>{c.needs.categoryOf(index + 1)}</label>
                  <select
                    id={`${base}-category`}
                    value={need.category}
                    aria-invalid={categoryError ? true : undefined}
                    aria-describedby={categoryError ? `${base}-category-error` : undefined}
                    onChange={(event) => update(index, { category: event.target.value })}
                  >
                    <option value="">{c.needs.choose}</option>
                    {OFFERING_KINDS.map((kind) => (
                      <optgroup key={kind} label={t.kinds[kind]}>
                        {categories
                          .filter((option) => option.kind === kind)
                          .map((option) => (
                            <option key={option.slug} value={option.slug}>
                              {localized(lang, option.name, option.nameEn)}
                            </option>
                          ))}
                      </optgroup>
                    ))}
                  </select>
                  {categoryError && (
                    <p className="field-error" id={`${base}-category-error`}>
                      {categoryError}
                    </p>
                  )}
                </div>
                <div className="field need-row__quantity">
                  <label htmlFor={`${base}-quantity`}>{c.needs.quantityOf(index + 1, unit || c.needs.quantity.toLowerCase())}</label>
                  <div className="need-row__amount">
                    <input
                      id={`${base}-quantity`}
                      className="text-input"
                      inputMode="numeric"
                      autoComplete="off"
                      value={need.quantity}
                      aria-invalid={quantityError ? true : undefined}
                      aria-describedby={quantityError ? `${base}-quantity-error` : undefined}
                      onChange={(event) => update(index, { quantity: event.target.value })}
                    />
                    <span className="need-row__unit" aria-hidden="true">
                      {unit}
                    </span>
                  </div>
                  {quantityError && (
                    <p className="field-error" id={`${base}-quantity-error`}>
                      {quantityError}
                    </p>
                  )}
                </div>
                <button
                  type="button"
                  className="button button--secondary button--small need-row__remove"
                  aria-label={c.needs.removeLabel(index + 1, category ? localized(lang, category.name, category.nameEn) : '')}
                  onClick={() => remove(index)}
                >
                  {c.needs.remove}
                </button>
                {note?.note && (
                  <p className="need-row__note">
                    <Localized vi={note.note} en={note.noteEn} />
                  </p>
                )}
              </li>
            );
          })}
        </ol>
      )}
      {listError && (
        <p className="field-error" id="compose-needs-error">
          {listError}
        </p>
      )}
      <p className="needs__add">
        <button type="button" id="compose-needs" className="button button--secondary" ref={addButton} onClick={add} disabled={needs.length >= MAX_NEEDS} aria-describedby={listError ? "compose-needs-error" : undefined}>
          {c.needs.add}
        </button>
        {needs.length >= MAX_NEEDS && <span className="muted"> {c.needs.max(MAX_NEEDS)}</span>}
      </p>
    </div>
  );
}
