// The partner console's strings for a suspended organization, kept out of the dictionary the staff console loads too.

const vi = {
  suspension: {
    title: 'Tổ chức của bạn đang bị tạm ngưng',
    reason: 'Lý do ban quản trị đưa ra:',
    noReason: 'Ban quản trị chưa ghi lý do.',
    effects:
      'Trong thời gian tạm ngưng, các dịch vụ của tổ chức bị ẩn khỏi danh mục, khoá API bị từ chối, và không thể tạo, sửa hay gửi duyệt dịch vụ, trả lời báo giá, quản lý khoá, webhook hay thành viên.',
    stillWorks: 'Bạn vẫn có thể đăng nhập, đọc thông báo này và dùng tài khoản để mua như mọi người mua. Dữ liệu của tổ chức được giữ nguyên và sẽ trở lại khi ban quản trị gỡ tạm ngưng.',
    contact: 'Hãy liên hệ ban quản trị Mây Việt để khắc phục lý do trên.',
  },
};

const en: typeof vi = {
  suspension: {
    title: 'Your organization is suspended',
    reason: 'The reason staff gave:',
    noReason: 'Staff gave no reason.',
    effects:
      'While it is suspended, the organization’s listings are hidden from the catalog, its API keys are refused, and no listing can be created, edited or submitted, no quote answered, and no key, webhook or member managed.',
    stillWorks: 'You can still sign in, read this notice and use your account to buy like any buyer. The organization’s data is kept and comes back when staff lift the suspension.',
    contact: 'Contact Mây Việt’s staff to resolve the reason above.',
  },
};

export const suspensionStrings = { vi, en };
