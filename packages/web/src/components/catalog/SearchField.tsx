import { useId, useState, type FormEvent } from 'react';
import { useLocation } from 'wouter';
import { useI18n } from '../../i18n/i18n.tsx';
import { catalogHref, SEARCH_MAX_LENGTH } from './catalog-url.ts';

interface SearchFieldProps {
  label: string;
  placeholder: string;
  buttonLabel: string;
  hint?: string;
  value: string;
  onChange: (value: string) => void;
  onSubmit: (value: string) => void;
  size?: 'large' | 'normal';
}

/** A search box; it takes no more than the API searches (a longer query is refused, not shortened). */
export function SearchField({ label, placeholder, buttonLabel, hint, value, onChange, onSubmit, size = 'normal' }: SearchFieldProps) {
  const inputId = useId();
  const hintId = useId();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit(value.trim());
  };
  return (
    <form className={`search search--${size}`} role="search" onSubmit={submit}>
      <label className="search__label" htmlFor={inputId}>
        {label}
      </label>
      <div className="search__row">
        <input
          id={inputId}
          className="search__input"
          type="search"
          name="q"
          value={value}
          onChange={(event) => onChange(event.target.value)}
          placeholder={placeholder}
          autoComplete="off"
          maxLength={SEARCH_MAX_LENGTH}
          enterKeyHint="search"
          aria-describedby={hint ? hintId : undefined}
        />
        <button className="button search__button" type="submit">
          {buttonLabel}
        </button>
      </div>
      {hint && (
        <p className="search__hint" id={hintId}>
          {hint}
        </p>
      )}
    </form>
  );
}

/** The site's search outside the catalog (home page, not-found page): it opens the catalog on the query. */
export function CatalogSearch({ size, hint }: { size?: SearchFieldProps['size']; hint?: string }) {
  const { t } = useI18n();
  const [, navigate] = useLocation();
  const [search, setSearch] = useState('');
  return (
    <SearchField
      size={size}
      label={t.home.searchLabel}
      placeholder={t.home.searchPlaceholder}
      buttonLabel={t.home.searchButton}
      hint={hint}
      value={search}
      onChange={setSearch}
      onSubmit={(query) => navigate(catalogHref({ query }))}
    />
  );
}
