import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useMutation } from 'urql';
import { graphql, type ResultOf } from '../../graphql.ts';
import { localized } from '../../i18n/i18n.tsx';
import { unitOf } from '../../lib/format.ts';
import { UserErrorFields } from '../../lib/user-error-fields.ts';
import type { OfferingKind } from '../../lib/schema-enums.ts';
import { fieldKey, type UserError } from '../console/user-errors.ts';
import { blueprintStrings } from './staff-blueprint-strings.ts';
import { useStaffI18n } from './staff-i18n.ts';

/** The API's limit (saveBlueprint: TOO_MANY past it). */
const MAX_NEEDS = 20;
const FORM = 'blueprint';

export const BlueprintFields = graphql(`
  fragment StaffBlueprint on Blueprint @_unmask {
    slug
    name
    nameEn
    description
    descriptionEn
    needs {
      quantity
      note
      noteEn
      category {
        slug
        name
        nameEn
        unitName
        unitNameEn
        unitNameEnOne
      }
    }
  }
`);

export type Blueprint = ResultOf<typeof BlueprintFields>;

export interface CategoryChoice {
  slug: string;
  name: string;
  nameEn: string;
  kind: OfferingKind;
  unitName: string;
  unitNameEn: string;
  unitNameEnOne: string;
}

const SaveBlueprintMutation = graphql(
  `
    mutation StaffSaveBlueprint($input: SaveBlueprintInput!) {
      saveBlueprint(input: $input) {
        blueprint {
          ...StaffBlueprint
        }
        userErrors {
          ...UserErrorFields
        }
      }
    }
  `,
  [BlueprintFields, UserErrorFields],
);

/** A need as the form holds it; `key` follows it when it moves, so its errors and focus move with it. */
interface NeedDraft {
  key: number;
  categorySlug: string;
  quantity: string;
  note: string;
  noteEn: string;
}

let nextKey = 0;
const newNeed = (need: Partial<NeedDraft> = {}): NeedDraft => ({ key: nextKey++, categorySlug: '', quantity: '1', note: '', noteEn: '', ...need });

/** An error's place in the form: "name", "needs", "need-<key>.quantity"… ("" for none of its fields). */
function errorPlace(error: UserError, needs: readonly NeedDraft[]): string {
  const [first, index, last] = fieldKey(error.field).split('.');
  if (first === 'needs' && index !== undefined && last !== undefined) {
    const need = needs[Number(index)];
    return need ? `need-${need.key}.${last}` : 'needs';
  }
  return ['slug', 'name', 'nameEn', 'description', 'descriptionEn', 'needs'].includes(first ?? '') ? first! : '';
}

const controlOf = (place: string) => `${FORM}-${place.replace('.', '-')}`;

interface EditorProps {
  /** null for a new blueprint */
  blueprint: Blueprint | null;
  categories: readonly CategoryChoice[];
  onSaved: (blueprint: Blueprint) => void;
  onCancel: () => void;
}

/** Creates a blueprint or edits one: names and descriptions in both languages, and its needs in order. */
export function BlueprintEditor({ blueprint, categories, onSaved, onCancel }: EditorProps) {
  const { s, t, lang } = useStaffI18n();
  const b = blueprintStrings[lang];
  const [saving, save] = useMutation(SaveBlueprintMutation);
  const [slug, setSlug] = useState(blueprint?.slug ?? '');
  const [texts, setTexts] = useState({
    name: blueprint?.name ?? '',
    nameEn: blueprint?.nameEn ?? '',
    description: blueprint?.description ?? '',
    descriptionEn: blueprint?.descriptionEn ?? '',
  });
  const [needs, setNeeds] = useState<NeedDraft[]>(() =>
    blueprint
      ? blueprint.needs.map((need) =>
          newNeed({ categorySlug: need.category.slug, quantity: String(need.quantity), note: need.note ?? '', noteEn: need.noteEn ?? '' }),
        )
      : [newNeed()],
  );
  const [errors, setErrors] = useState<{ place: string; error: UserError }[]>([]);
  const [announcement, setAnnouncement] = useState('');
  const [focus, setFocus] = useState<string | null>(null);
  const title = useRef<HTMLHeadingElement>(null);
  const summary = useRef<HTMLDivElement>(null);

  useEffect(() => title.current?.focus(), []);
  // After a move, a removal or an addition: the control named, or its row's other button once it reaches an end.
  useEffect(() => {
    if (!focus) return;
    const [own, other] = focus.split('|');
    const target = document.getElementById(own!) as HTMLButtonElement | null;
    const fallback = other ? (document.getElementById(other) as HTMLElement | null) : null;
    (target && !target.disabled ? target : fallback)?.focus();
    setFocus(null);
  }, [focus]);

  const categoryOf = (categorySlug: string) => categories.find((category) => category.slug === categorySlug) ?? null;
  const errorText = (error: UserError) => {
    const name = [...(error.field ?? [])].reverse().find((part) => !/^\d+$/.test(part));
    return (name && b.fieldErrors[`${name}.${error.code}`]) || s.errors[error.code] || error.message;
  };
  const errorsAt = (place: string) => errors.filter((entry) => entry.place === place).map((entry) => entry.error);
  const fieldErrors = (place: string): ReactNode => {
    const list = errorsAt(place);
    return list.length === 0 ? null : (
      <ul id={`${controlOf(place)}-errors`} className="field-errors">
        {list.map((error, index) => (
          <li key={index}>{errorText(error)}</li>
        ))}
      </ul>
    );
  };
  const control = (place: string, hint?: boolean) => {
    const invalid = errorsAt(place).length > 0;
    return {
      id: controlOf(place),
      'aria-invalid': invalid || undefined,
      'aria-describedby': [invalid && `${controlOf(place)}-errors`, hint && `${controlOf(place)}-hint`].filter(Boolean).join(' ') || undefined,
    };
  };
  const fieldClass = (place: string) => (errorsAt(place).length > 0 ? 'field field--invalid' : 'field');
  const setNeed = (key: number, change: Partial<NeedDraft>) => setNeeds((old) => old.map((need) => (need.key === key ? { ...need, ...change } : need)));

  const move = (index: number, direction: 'up' | 'down') => {
    const target = direction === 'up' ? index - 1 : index + 1;
    const next = [...needs];
    const [moved] = next.splice(index, 1);
    next.splice(target, 0, moved!);
    setNeeds(next);
    setAnnouncement(b.editor.movedTo(index + 1, target + 1));
    const opposite = direction === 'up' ? 'down' : 'up';
    setFocus(`${FORM}-need-${moved!.key}-${direction}|${FORM}-need-${moved!.key}-${opposite}`);
  };
  const remove = (index: number) => {
    const next = needs.filter((_, i) => i !== index);
    setNeeds(next);
    setAnnouncement(b.editor.needRemoved(index + 1));
    const neighbour = next[index] ?? next[index - 1];
    setFocus(neighbour ? `${FORM}-need-${neighbour.key}-categorySlug` : controlOf('needs'));
  };
  const add = () => {
    const need = newNeed();
    setNeeds([...needs, need]);
    setAnnouncement(b.editor.needAdded(needs.length + 1));
    setFocus(`${FORM}-need-${need.key}-categorySlug`);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local: { place: string; error: UserError }[] = [];
    const quantities = needs.map((need) => {
      const text = need.quantity.trim();
      const quantity = Number(text);
      const place = `need-${need.key}.quantity`;
      if (!/^\d+$/.test(text)) local.push({ place, error: { field: ['quantity'], code: 'NOT_A_NUMBER', message: '' } });
      else if (quantity < 1 || quantity > 1_000_000) local.push({ place, error: { field: ['quantity'], code: 'QUANTITY_OUT_OF_RANGE', message: '' } });
      return quantity;
    });
    if (local.length > 0) {
      setErrors(local);
      requestAnimationFrame(() => summary.current?.focus());
      return;
    }
    const submitted = needs;
    const response = await save({
      input: {
        slug: slug.trim(),
        ...texts,
        needs: submitted.map((need, index) => ({ categorySlug: need.categorySlug, quantity: quantities[index]!, note: need.note, noteEn: need.noteEn })),
      },
    });
    const payload = response.data?.saveBlueprint;
    if (!payload) {
      setErrors([{ place: '', error: { field: null, code: 'API_DOWN', message: t.common.apiDownBody } }]);
      requestAnimationFrame(() => summary.current?.focus());
      return;
    }
    if (payload.userErrors.length > 0 || !payload.blueprint) {
      setErrors(payload.userErrors.map((error) => ({ place: errorPlace(error, submitted), error })));
      requestAnimationFrame(() => summary.current?.focus());
      return;
    }
    setErrors([]);
    onSaved(payload.blueprint);
  };

  const textField = (place: 'name' | 'nameEn' | 'description' | 'descriptionEn', multiline: boolean) => (
    <div className={fieldClass(place)}>
      <label htmlFor={controlOf(place)}>{b.editor[place]}</label>
      {multiline ? (
        <textarea
          {...control(place)}
          rows={4}
          lang={place.endsWith('En') ? 'en' : 'vi'}
          value={texts[place]}
          onChange={(event) => setTexts({ ...texts, [place]: event.target.value })}
        />
      ) : (
        <input
          {...control(place)}
          className="input"
          lang={place.endsWith('En') ? 'en' : 'vi'}
          value={texts[place]}
          onChange={(event) => setTexts({ ...texts, [place]: event.target.value })}
        />
      )}
      {fieldErrors(place)}
    </div>
  );

  const heading = blueprint ? b.editor.editTitle(localized(lang, blueprint.name, blueprint.nameEn)) : b.editor.newTitle;
  const kinds = [...new Set(categories.map((category) => category.kind))];
  return (
    <form className="card console-form blueprint-editor" aria-labelledby={`${FORM}-title`} noValidate onSubmit={submit}>
      <h2 id={`${FORM}-title`} className="blueprint-editor__title" tabIndex={-1} ref={title}>
        {heading}
      </h2>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      {errors.length > 0 && (
        <div className="notice notice--error error-summary" role="alert" tabIndex={-1} ref={summary}>
          <h3 className="notice__title">{b.editor.errorsTitle(errors.length)}</h3>
          <ul>
            {errors.map(({ place, error }, index) => (
              <li key={index}>
                {place ? (
                  <a
                    href={`#${controlOf(place)}`}
                    onClick={(event) => {
                      event.preventDefault();
                      document.getElementById(controlOf(place))?.focus();
                    }}
                  >
                    {placeLabel(place)}: {errorText(error)}
                  </a>
                ) : (
                  errorText(error)
                )}
              </li>
            ))}
          </ul>
        </div>
      )}

      <div className={fieldClass('slug')}>
        <label htmlFor={controlOf('slug')}>{b.slug}</label>
        <input
          {...control('slug', true)}
          className="input"
          lang="en"
          autoCapitalize="none"
          spellCheck={false}
          readOnly={blueprint !== null}
          value={slug}
          onChange={(event) => setSlug(event.target.value)}
        />
        <p id={`${controlOf('slug')}-hint`} className="field__hint">
          {blueprint ? b.editor.slugFixed : b.editor.slugHint}
        </p>
        {fieldErrors('slug')}
      </div>
      <div className="form-row">
        {textField('name', false)}
        {textField('nameEn', false)}
      </div>
      <div className="form-row">
        {textField('description', true)}
        {textField('descriptionEn', true)}
      </div>

      <fieldset className="blueprint-editor__needs" aria-describedby={[`${FORM}-needs-hint`, errorsAt('needs').length > 0 && `${controlOf('needs')}-errors`].filter(Boolean).join(' ')}>
        <legend>{b.editor.needs}</legend>
        <p id={`${FORM}-needs-hint`} className="field__hint">
          {b.editor.needsHint(MAX_NEEDS)}
        </p>
        {fieldErrors('needs')}
        <ol className="blueprint-needs">
          {needs.map((need, index) => {
            const category = categoryOf(need.categorySlug);
            const unit = category ? unitOf(lang, Number(need.quantity), category) : null;
            const base = `need-${need.key}`;
            return (
              <li key={need.key} className="blueprint-need" aria-labelledby={`${FORM}-${base}-title`}>
                <h3 id={`${FORM}-${base}-title`} className="blueprint-need__title">
                  {b.editor.need(index + 1)}
                </h3>
                <div className="blueprint-need__fields">
                  <div className={fieldClass(`${base}.categorySlug`)}>
                    <label htmlFor={controlOf(`${base}.categorySlug`)}>{b.editor.category}</label>
                    <select
                      {...control(`${base}.categorySlug`)}
                      value={need.categorySlug}
                      onChange={(event) => setNeed(need.key, { categorySlug: event.target.value })}
                    >
                      <option value="">{b.editor.chooseCategory}</option>
                      {kinds.map((kind) => (
                        <optgroup key={kind} label={t.kinds[kind]}>
                          {categories
                            .filter((choice) => choice.kind === kind)
                            .map((choice) => (
                              <option key={choice.slug} value={choice.slug}>
                                {b.editor.categoryOption(localized(lang, choice.name, choice.nameEn), localized(lang, choice.unitName, choice.unitNameEn))}
                              </option>
                            ))}
                        </optgroup>
                      ))}
                    </select>
                    {fieldErrors(`${base}.categorySlug`)}
                  </div>
                  <div className={fieldClass(`${base}.quantity`)}>
                    <label htmlFor={controlOf(`${base}.quantity`)}>{b.editor.quantity(unit)}</label>
                    <input
                      {...control(`${base}.quantity`, true)}
                      className="input input--short"
                      inputMode="numeric"
                      value={need.quantity}
                      onChange={(event) => setNeed(need.key, { quantity: event.target.value })}
                    />
                    <p id={`${controlOf(`${base}.quantity`)}-hint`} className="field__hint">
                      {b.editor.quantityHint}
                    </p>
                    {fieldErrors(`${base}.quantity`)}
                  </div>
                  <div className={fieldClass(`${base}.note`)}>
                    <label htmlFor={controlOf(`${base}.note`)}>{b.editor.note}</label>
                    <input {...control(`${base}.note`)} className="input" lang="vi" value={need.note} onChange={(event) => setNeed(need.key, { note: event.target.value })} />
                    {fieldErrors(`${base}.note`)}
                  </div>
                  <div className={fieldClass(`${base}.noteEn`)}>
                    <label htmlFor={controlOf(`${base}.noteEn`)}>{b.editor.noteEn}</label>
                    <input {...control(`${base}.noteEn`)} className="input" lang="en" value={need.noteEn} onChange={(event) => setNeed(need.key, { noteEn: event.target.value })} />
                    {fieldErrors(`${base}.noteEn`)}
                  </div>
                </div>
                <div className="blueprint-need__buttons">
                  <button
                    type="button"
                    id={`${FORM}-${base}-up`}
                    className="button button--secondary button--small"
                    aria-label={b.editor.moveUp(index + 1)}
                    disabled={index === 0}
                    onClick={() => move(index, 'up')}
                  >
                    <span aria-hidden="true">↑</span> {b.editor.up}
                  </button>
                  <button
                    type="button"
                    id={`${FORM}-${base}-down`}
                    className="button button--secondary button--small"
                    aria-label={b.editor.moveDown(index + 1)}
                    disabled={index === needs.length - 1}
                    onClick={() => move(index, 'down')}
                  >
                    <span aria-hidden="true">↓</span> {b.editor.down}
                  </button>
                  <button
                    type="button"
                    className="button button--danger button--small"
                    aria-label={b.editor.removeNeedNamed(index + 1)}
                    onClick={() => remove(index)}
                  >
                    {b.editor.removeNeed}
                  </button>
                </div>
              </li>
            );
          })}
        </ol>
        <button type="button" id={controlOf('needs')} className="button button--secondary" disabled={needs.length >= MAX_NEEDS} onClick={add}>
          {b.editor.addNeed}
        </button>
      </fieldset>

      <div className="form-actions">
        <button type="submit" className="button" disabled={saving.fetching}>
          {saving.fetching ? s.common.working : b.editor.save}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {b.editor.cancel}
        </button>
      </div>
    </form>
  );

  /** A field's name in the error summary: "Nhu cầu 2 — Số lượng". */
  function placeLabel(place: string): string {
    const [first, last] = place.split('.');
    if (first?.startsWith('need-')) {
      const index = needs.findIndex((need) => `need-${need.key}` === first);
      const label = last === 'categorySlug' ? b.editor.category : last === 'quantity' ? b.editor.quantity(null) : last === 'note' ? b.editor.note : b.editor.noteEn;
      return `${b.editor.need(index + 1)} — ${label}`;
    }
    return first === 'slug' ? b.slug : first === 'needs' ? b.editor.needs : b.editor[first as 'name' | 'nameEn' | 'description' | 'descriptionEn'];
  }
}
