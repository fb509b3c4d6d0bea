import type { Lang } from '../../i18n/lang.ts';

// The API keys page's words for a key's mode (LIVE or TEST). Kept apart from the console dictionary, which
// the staff pages load up front: only the keys page needs them.

export const keyModeStrings = {
  vi: {
    mode: 'Chế độ',
    labels: {
      LIVE: 'LIVE — làm việc với dịch vụ thật của tổ chức (mv_live_…)',
      TEST: 'TEST — chỉ với các dịch vụ thử nghiệm riêng của khoá, không bao giờ công khai, bị xoá khi thu hồi khoá (mv_test_…)',
    },
    names: { LIVE: 'Thật (LIVE)', TEST: 'Thử nghiệm (TEST)' },
    revokeTestBody: 'Mọi yêu cầu dùng khoá này sẽ bị từ chối ngay lập tức và các dịch vụ thử nghiệm của khoá bị xoá. Không thể hoàn tác.',
  },
  en: {
    mode: 'Mode',
    labels: {
      LIVE: 'LIVE — works on the organization’s real listings (mv_live_…)',
      TEST: 'TEST — only on the key’s own sandbox listings, never public, deleted when the key is revoked (mv_test_…)',
    },
    names: { LIVE: 'Live', TEST: 'Test' },
    revokeTestBody: 'Every request with this key is refused from now on, and its sandbox listings are deleted. This cannot be undone.',
  },
} satisfies Record<Lang, { mode: string; labels: Record<'LIVE' | 'TEST', string>; names: Record<'LIVE' | 'TEST', string>; revokeTestBody: string }>;
