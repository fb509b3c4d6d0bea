import { useI18n } from '../../i18n/i18n.tsx';
import { offersDictionaries, type OffersText } from './offers-dictionary.ts';

/** The offers' strings in the reader's language. */
export function useOffersText(): OffersText {
  return offersDictionaries[useI18n().lang];
}
