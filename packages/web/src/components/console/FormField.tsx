// A form's labelled controls with their hint and the API's errors, as every console form lays them out:
// label, control, hint, errors; the control described by its errors, then its hint.
import type { ReactNode } from 'react';
import { formatCount } from '../../lib/format.ts';
import { useConsoleI18n } from './console-i18n.ts';
import { errorText, type UserError } from './user-errors.ts';

/** The errors of one field (or of a part of the form), in the reader's language; nothing when there are none. */
export function FieldErrors({ id, errors, role }: { id?: string; errors: readonly UserError[]; role?: 'alert' }) {
  const { c } = useConsoleI18n();
  if (errors.length === 0) return null;
  return (
    <ul className="field-errors" id={id && `${id}-errors`} role={role}>
      {errors.map((error, index) => (
        <li key={index}>{errorText(c, error)}</li>
      ))}
    </ul>
  );
}

/** What a field's control carries: its id, and what describes it to assistive technology. */
export interface ControlProps {
  id: string;
  'aria-describedby': string | undefined;
  'aria-invalid': boolean;
}

interface FieldProps {
  /** the control's id; its hint and errors are `${id}-hint` and `${id}-errors` */
  id: string;
  label: string;
  hint?: string;
  /** none for a control the API does not judge, e.g. a filter */
  errors?: readonly UserError[];
  children: (control: ControlProps) => ReactNode;
}

/** A labelled control with its hint and errors; `children` renders the control with the props it is given. */
export function Field({ id, label, hint, errors = [], children }: FieldProps) {
  const invalid = errors.length > 0;
  const describedBy = [invalid && `${id}-errors`, hint && `${id}-hint`].filter(Boolean).join(' ') || undefined;
  return (
    <div className={invalid ? 'field field--invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-describedby': describedBy, 'aria-invalid': invalid })}
      {hint && (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <FieldErrors id={id} errors={errors} />
    </div>
  );
}

interface TextFieldProps extends Omit<FieldProps, 'children'> {
  value: string;
  onChange: (value: string) => void;
  multiline?: boolean;
  short?: boolean;
  type?: 'text' | 'url';
  inputMode?: 'numeric' | 'decimal' | 'url';
  placeholder?: string;
  list?: string;
  lang?: string;
}

export function TextField({ value, onChange, multiline, short, type = 'text', inputMode, placeholder, list, lang, ...field }: TextFieldProps) {
  return (
    <Field {...field}>
      {(control) =>
        multiline ? (
          <textarea {...control} className="input" rows={6} value={value} lang={lang} onChange={(event) => onChange(event.target.value)} />
        ) : (
          <input
            {...control}
            className={short ? 'input input--short' : 'input'}
            type={type}
            value={value}
            inputMode={inputMode}
            placeholder={placeholder}
            list={list}
            lang={lang}
            onChange={(event) => onChange(event.target.value)}
          />
        )
      }
    </Field>
  );
}

interface SelectFieldProps<Value extends string> extends Omit<FieldProps, 'children'> {
  value: Value | '';
  onChange: (value: Value | '') => void;
  /** the first option, for no choice yet */
  placeholder?: string;
  choices: readonly { value: Value; label: string }[];
}

export function SelectField<Value extends string>({ value, onChange, placeholder, choices, ...field }: SelectFieldProps<Value>) {
  return (
    <Field {...field}>
      {(control) => (
        <select {...control} value={value} onChange={(event) => onChange(event.target.value as Value | '')}>
          {placeholder !== undefined && <option value="">{placeholder}</option>}
          {choices.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

interface CountedTextAreaProps extends Omit<FieldProps, 'children'> {
  value: string;
  onChange: (value: string) => void;
  /** the most characters the API takes; the counter turns red past it */
  max: number;
  rows: number;
}

/** A textarea with how many of its characters are used, which describes it too. */
export function CountedTextArea({ value, onChange, max, rows, ...field }: CountedTextAreaProps) {
  const { c, lang } = useConsoleI18n();
  const counterId = `${field.id}-counter`;
  return (
    <Field {...field}>
      {(control) => (
        <>
          <textarea
            {...control}
            aria-describedby={[control['aria-describedby'], counterId].filter(Boolean).join(' ')}
            rows={rows}
            value={value}
            onChange={(event) => onChange(event.target.value)}
          />
          <p id={counterId} className={value.length > max ? 'field__counter field__counter--over' : 'field__counter'}>
            {c.offers.counter(formatCount(value.length, lang), formatCount(max, lang))}
          </p>
        </>
      )}
    </Field>
  );
}
