import type { RefObject } from 'react';
import type { ConsoleDictionary } from './console-dictionary.ts';
import { useConsoleI18n } from './console-i18n.ts';
import { LISTING_FORM } from './listing-draft.ts';
import { controlId, errorText, placeError, type UserError } from './user-errors.ts';

/** The form field's name for the error summary: "plans.0.price" → "Gói 1 — Giá (VND)". */
function fieldLabel(c: ConsoleDictionary, key: string): string {
  const parts = key.split('.');
  const plan = parts[0] === 'plans' && parts[1] !== undefined ? c.editor.plan(Number(parts[1]) + 1) : null;
  const labels: Record<string, string> = {
    name: plan ? c.editor.planName : c.editor.name,
    nameEn: plan ? c.editor.planNameEn : c.editor.nameEn,
    summary: c.editor.summary,
    summaryEn: c.editor.summaryEn,
    description: c.editor.description,
    descriptionEn: c.editor.descriptionEn,
    kind: c.editor.kind,
    categorySlug: c.editor.category,
    slaAvailability: c.editor.sla,
    dataCenterIds: c.editor.dataCenters,
    plans: c.editor.plans,
    price: c.editor.price,
    unit: c.editor.unit,
    specs: c.editor.specs,
    key: c.editor.specKey,
    value: c.editor.specValue,
  };
  const last = parts.at(-1) ?? '';
  const own = /^\d+$/.test(last) ? null : (labels[last] ?? last);
  return [plan, own].filter(Boolean).join(' — ');
}

/** The API's userErrors above the form, each a link to its field; focused after a failed save. */
interface ErrorSummaryProps {
  errors: readonly UserError[];
  /** the form's field keys (listing-draft.ts fieldKeys) */
  known: ReadonlySet<string>;
  summaryRef: RefObject<HTMLDivElement | null>;
  /** the form's id, its controls' prefix (controlId); the listing form's by default */
  form?: string;
  /** a field key's name as the form labels it; the listing form's by default */
  label?: (key: string) => string;
}

export function ErrorSummary({ errors, known, summaryRef, form = LISTING_FORM, label }: ErrorSummaryProps) {
  const { c } = useConsoleI18n();
  if (errors.length === 0) return null;
  const nameOf = label ?? ((key: string) => fieldLabel(c, key));
  return (
    <div className="notice notice--error error-summary" role="alert" tabIndex={-1} ref={summaryRef}>
      <h2 className="notice__title">{c.editor.errorsTitle(errors.length)}</h2>
      <ul>
        {errors.map((error, index) => {
          const key = placeError(error, known);
          const text = errorText(c, error);
          return (
            <li key={index}>
              {key ? (
                <a
                  href={`#${controlId(form, key)}`}
                  onClick={(event) => {
                    event.preventDefault();
                    document.getElementById(controlId(form, key))?.focus();
                  }}
                >
                  {nameOf(key)}: {text}
                </a>
              ) : (
                text
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
