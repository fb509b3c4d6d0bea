import { readFragment } from '../../graphql.ts';
import { useConsoleI18n } from './console-i18n.ts';
import { DataCenterOptionFields, type DataCenterOption, type ListingFormOptions } from './listing-editor-documents.ts';
import { HOSTED_KINDS, LISTING_FORM } from './listing-draft.ts';
import type { ListingSectionProps } from './listing-draft.ts';
import { controlId, errorText } from './user-errors.ts';

const pickerId = controlId(LISTING_FORM, 'dataCenterIds');

/** Where the listing runs: its own organization's data centers and, for hosted kinds, cloud providers'. */
export function DataCenterPicker({ draft, onChange, errors, options }: ListingSectionProps & { options: ListingFormOptions }) {
  const { c } = useConsoleI18n();
  const toggle = (dcId: string, on: boolean) =>
    onChange({ ...draft, dataCenterIds: on ? [...draft.dataCenterIds, dcId] : draft.dataCenterIds.filter((known) => known !== dcId) });
  const dataCenterName = new Map(
    [...options.ownDataCenters, ...options.providers.flatMap((provider) => provider.dataCenters)].map((dc) => {
      const option = readFragment(DataCenterOptionFields, dc);
      return [option.id, `${option.city} — ${option.name}`];
    }),
  );
  // An error about one of the chosen data centers ("dataCenterIds.3") names it.
  const dataCenterErrors = (errors.get('dataCenterIds') ?? []).map((error) => {
    const index = error.field?.at(-1);
    const name = index !== undefined && /^\d+$/.test(index) ? dataCenterName.get(draft.dataCenterIds[Number(index)] ?? '') : undefined;
    return name ? `${name}: ${errorText(c, error)}` : errorText(c, error);
  });

  return (
    <fieldset className="form-section dc-picker" id={pickerId} tabIndex={-1} aria-describedby={`${pickerId}-hint`}>
      <legend className="form-section__title">{c.editor.dataCenters}</legend>
      <p className="field__hint" id={`${pickerId}-hint`}>
        {c.editor.dataCentersHint}
      </p>
      {dataCenterErrors.length > 0 && (
        <ul className="field-errors">
          {dataCenterErrors.map((text, index) => (
            <li key={index}>{text}</li>
          ))}
        </ul>
      )}
      <h3 className="dc-picker__group">{c.editor.ownDataCenters(options.vendorName)}</h3>
      {options.ownDataCenters.length === 0 ? (
        <p className="muted">{c.editor.noOwnDataCenters}</p>
      ) : (
        <DataCenterChecks dataCenters={options.ownDataCenters} chosen={draft.dataCenterIds} onToggle={toggle} />
      )}
      {HOSTED_KINDS.has(draft.kind) && options.providers.length > 0 && (
        <>
          <h3 className="dc-picker__group">{c.editor.providerDataCenters}</h3>
          <p className="field__hint">{c.editor.providerDataCentersHint}</p>
          {options.providers.map((provider) => {
            const chosen = provider.dataCenters.filter((dc) => draft.dataCenterIds.includes(readFragment(DataCenterOptionFields, dc).id)).length;
            return (
              <details key={provider.id} className="dc-picker__provider" open={chosen > 0}>
                <summary>
                  {provider.name} <span className="muted">({c.editor.selectedCount(chosen)})</span>
                </summary>
                <DataCenterChecks dataCenters={provider.dataCenters} chosen={draft.dataCenterIds} onToggle={toggle} />
              </details>
            );
          })}
        </>
      )}
    </fieldset>
  );
}

interface DataCenterChecksProps {
  dataCenters: readonly DataCenterOption[];
  chosen: readonly string[];
  onToggle: (id: string, on: boolean) => void;
}

function DataCenterChecks({ dataCenters, chosen, onToggle }: DataCenterChecksProps) {
  const { c } = useConsoleI18n();
  return (
    <ul className="dc-picker__list">
      {dataCenters.map((data) => {
        const dc = readFragment(DataCenterOptionFields, data);
        return (
          <li key={dc.id}>
            <label className="check">
              <input type="checkbox" checked={chosen.includes(dc.id)} onChange={(event) => onToggle(dc.id, event.target.checked)} />
              <span className="check__label">
                <strong>{dc.city}</strong> — {dc.name}
                {dc.tier !== null && <span className="muted"> · {c.editor.tier(dc.tier)}</span>}
              </span>
            </label>
          </li>
        );
      })}
    </ul>
  );
}
