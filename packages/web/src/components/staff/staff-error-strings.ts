// The staff console's strings for the API's error codes in words, by code and by field (see staff-dictionary.ts).
import type { Lang } from '../../i18n/dictionary.ts';

const vi = {
  errors: {
    BLANK: 'Không được để trống.',
    TOO_LONG: 'Nội dung quá dài.',
    INVALID: 'Giá trị không hợp lệ.',
    OUT_OF_RANGE: 'Giá trị nằm ngoài khoảng cho phép.',
    NOT_FOUND: 'Không tìm thấy: có thể mục này vừa được xử lý hoặc đã thay đổi.',
    NOT_IN_REVIEW: 'Mục này không còn chờ duyệt: có thể một cán bộ khác đã quyết định trước, hoặc đối tác đã rút lại.',
    ALREADY_SUSPENDED: 'Tổ chức này đã bị tạm ngưng.',
    NOT_SUSPENDED: 'Tổ chức này không bị tạm ngưng.',
    TOO_MANY: 'Tối đa 12 dịch vụ nổi bật.',
    DUPLICATE: 'Dịch vụ này có hai lần trong danh sách.',
    UNKNOWN_GROUP: 'Nhóm tiêu chí không có trong bộ tiêu chí này.',
    INCOMPLETE: 'Chỉ xác minh được khi đạt mọi tiêu chí.',
    INVALID_CREDENTIALS: 'E-mail hoặc mật khẩu không đúng.',
    RATE_LIMITED: 'Bạn đã thử quá nhiều lần. Vui lòng đợi ít phút rồi thử lại.',
    FORBIDDEN: 'Tài khoản của bạn không được làm việc này.',
  } as Record<string, string>,
  // By the field's name (its path's last word) and the code, where the code alone says too little.
  fieldErrors: {
    'evidenceUrl.BLANK': 'Ghi địa chỉ bằng chứng đã kiểm tra.',
    'evidenceUrl.INVALID': 'Bằng chứng phải là một địa chỉ https://.',
    'evidenceUrl.TOO_LONG': 'Tối đa 500 ký tự.',
    'validUntil.BLANK': 'Chọn ngày hết hiệu lực.',
    'validUntil.INVALID': 'Ngày hết hiệu lực phải ở tương lai.',
    'met.NOT_A_NUMBER': 'Nhập số tiêu chí đạt (một số nguyên).',
    'met.OUT_OF_RANGE': 'Phải từ 0 đến số tiêu chí của nhóm.',
    'reason.BLANK': 'Hãy ghi lý do.',
    'reason.TOO_LONG': 'Lý do quá dài.',
  } as Record<string, string>,
};

const en: typeof vi = {
  errors: {
    BLANK: 'Required.',
    TOO_LONG: 'Too long.',
    INVALID: 'Not a valid value.',
    OUT_OF_RANGE: 'Out of the allowed range.',
    NOT_FOUND: 'Not found: it may just have been handled or changed.',
    NOT_IN_REVIEW: 'It is no longer waiting for review: another staff member may have decided first, or the partner withdrew it.',
    ALREADY_SUSPENDED: 'This organization is already suspended.',
    NOT_SUSPENDED: 'This organization is not suspended.',
    TOO_MANY: 'At most 12 featured listings.',
    DUPLICATE: 'This listing is in the list twice.',
    UNKNOWN_GROUP: 'The framework has no such group of criteria.',
    INCOMPLETE: 'Verification needs every criterion met.',
    INVALID_CREDENTIALS: 'Wrong e-mail or password.',
    RATE_LIMITED: 'Too many attempts. Please wait a few minutes and try again.',
    FORBIDDEN: 'Your account may not do this.',
  },
  fieldErrors: {
    'evidenceUrl.BLANK': 'Give the address of the evidence you checked.',
    'evidenceUrl.INVALID': 'The evidence must be an https:// address.',
    'evidenceUrl.TOO_LONG': 'At most 500 characters.',
    'validUntil.BLANK': 'Choose the last day of validity.',
    'validUntil.INVALID': 'The validity must end in the future.',
    'met.NOT_A_NUMBER': 'Enter how many criteria are met (a whole number).',
    'met.OUT_OF_RANGE': 'From 0 to the number of criteria in the group.',
    'reason.BLANK': 'Give a reason.',
    'reason.TOO_LONG': 'The reason is too long.',
  },
};

export const errorStrings: Record<Lang, typeof vi> = { vi, en };
