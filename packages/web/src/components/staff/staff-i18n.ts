import { useI18n } from '../../i18n/i18n.tsx';
import { staffDictionaries } from './staff-dictionary.ts';

/** The site's i18n plus the staff console's strings (`s`) in the reader's language. */
export function useStaffI18n() {
  const i18n = useI18n();
  return { ...i18n, s: staffDictionaries[i18n.lang] };
}
