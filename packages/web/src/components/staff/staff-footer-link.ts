// The footer's discreet way in for association staff: two words, kept out of the staff console's chunk.
import type { Lang } from '../../i18n/dictionary.ts';

export const staffFooterLink: Record<Lang, string> = { vi: 'Dành cho Hiệp hội', en: 'Association staff' };
