import { useI18n } from '../../i18n/i18n.tsx';
import { consoleDictionaries } from './console-dictionary.ts';

/** The site's i18n plus the console's strings (`c`) in the reader's language. */
export function useConsoleI18n() {
  const i18n = useI18n();
  return { ...i18n, c: consoleDictionaries[i18n.lang] };
}
