// The listing editor's warning before a save drops plan specs. Apart from console-listing-strings.ts because
// only the listing editor needs them: the staff console shares that dictionary's chunk.
import type { Lang } from '../../i18n/dictionary.ts';

const vi = {
  title: 'Lưu sẽ xoá thông số của gói',
  body: 'Khi lưu, các thông số sau sẽ bị xoá. Chưa có gì được gửi đi.',
  plan: (plan: string, removed: boolean) => (removed ? `${plan} (gói bị xoá):` : `${plan}:`),
  confirm: 'Vẫn lưu và xoá các thông số này',
  cancel: 'Quay lại sửa',
};

const en: typeof vi = {
  title: 'Saving will delete plan specs',
  body: 'Saving deletes the specs below. Nothing has been sent yet.',
  plan: (plan: string, removed: boolean) => (removed ? `${plan} (plan removed):` : `${plan}:`),
  confirm: 'Save and delete these specs',
  cancel: 'Go back to editing',
};

export const specLossStrings: Record<Lang, typeof vi> = { vi, en };
