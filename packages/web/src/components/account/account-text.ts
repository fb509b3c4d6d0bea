import { useI18n } from '../../i18n/i18n.tsx';
import { accountDictionaries, type AccountText } from './account-dictionary.ts';

export type { AccountText };

/** The account screens' strings in the reader's language. */
export function useAccountText(): AccountText {
  return accountDictionaries[useI18n().lang];
}
