import { localized, useI18n } from '../../i18n/i18n.tsx';
import { addToCompare, MAX_COMPARED, removeFromCompare, useCompareSelection } from './compare-selection.ts';

/** The box on an offering's card that puts it in the selection to compare (four at most). */
export function CompareToggle({ slug, name, nameEn }: { slug: string; name: string; nameEn: string | null }) {
  const { t, lang } = useI18n();
  const selection = useCompareSelection();
  const picked = selection.some((item) => item.slug === slug);
  const full = !picked && selection.length >= MAX_COMPARED;
  return (
    <label className={`compare-toggle${full ? ' is-disabled' : ''}`}>
      <input
        type="checkbox"
        checked={picked}
        disabled={full}
        aria-label={t.compareOfferings.pickLabel(localized(lang, name, nameEn))}
        onChange={(event) => (event.target.checked ? addToCompare({ slug, name, nameEn }) : removeFromCompare(slug))}
      />
      <span aria-hidden="true">{t.compareOfferings.pick}</span>
    </label>
  );
}
