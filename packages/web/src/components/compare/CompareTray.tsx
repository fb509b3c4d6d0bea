import { Link, useLocation } from 'wouter';
import { localized, Localized, useI18n } from '../../i18n/i18n.tsx';
import { compareOfferingsPath, MAX_COMPARED, removeFromCompare, useCompareSelection, writeCompareSelection } from './compare-selection.ts';
import './compare.css';

/** Where buyers pick offerings to compare: the catalogue, the home page, offering and vendor pages. */
const pickingPaths = /^\/(catalog|offerings\/[^/]+|vendors\/[^/]+)?$/;

/** The offerings picked to compare, each removable, and the way to the comparison; at the foot of the screen. */
export function CompareTray() {
  const { t, lang } = useI18n();
  const [pathname] = useLocation();
  const selection = useCompareSelection();
  if (selection.length === 0 || !pickingPaths.test(pathname)) return null;
  const c = t.compareOfferings;
  return (
    <section className="compare-tray" aria-label={c.trayLabel}>
      <div className="compare-tray__inner">
        <p className="compare-tray__count">{c.trayCount(selection.length, MAX_COMPARED)}</p>
        <ul className="compare-tray__list">
          {selection.map((item) => (
            <li key={item.slug} className="compare-tray__item">
              <span className="compare-tray__name">
                <Localized vi={item.name} en={item.nameEn} />
              </span>
              <button
                type="button"
                className="compare-tray__remove"
                aria-label={c.trayRemove(localized(lang, item.name, item.nameEn))}
                onClick={() => removeFromCompare(item.slug)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
        <div className="compare-tray__actions">
          {selection.length >= 2 ? (
            <Link className="button" to={compareOfferingsPath(selection.map((item) => item.slug))}>
              {c.trayCompare(selection.length)}
            </Link>
          ) : (
            <span className="compare-tray__hint">{c.trayNeedMore}</span>
          )}
          {selection.length >= MAX_COMPARED && <span className="compare-tray__hint">{c.trayFull(MAX_COMPARED)}</span>}
          <button type="button" className="link-button" onClick={() => writeCompareSelection([])}>
            {c.trayClear}
          </button>
        </div>
      </div>
    </section>
  );
}
