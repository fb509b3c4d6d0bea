// Requesting quotes for a stack, and the request read back with its token.

const vi = {
  quote: {
    title: 'Yêu cầu báo giá',
    intro:
      'Yêu cầu được gửi tới từng nhà cung cấp trong bộ; mỗi nhà cung cấp chỉ nhận các dòng của mình cùng thông tin liên hệ của bạn.',
    contactName: 'Họ và tên',
    contactEmail: 'E-mail',
    organization: 'Cơ quan, doanh nghiệp (không bắt buộc)',
    message: 'Lời nhắn (không bắt buộc)',
    submit: 'Gửi yêu cầu báo giá',
    sending: 'Đang gửi…',
    sent: (vendors: string) => `Đã gửi yêu cầu báo giá tới: ${vendors}.`,
    sentNext: 'Các nhà cung cấp sẽ trả lời qua e-mail bạn đã nhập.',
    linkLabel: 'Đường dẫn xem lại yêu cầu',
    linkNote:
      'Hãy lưu đường dẫn này: đây là cách duy nhất để xem lại yêu cầu và nó chỉ hiện một lần. Ai có đường dẫn đều đọc được họ tên, e-mail và lời nhắn của bạn, vì vậy đừng chia sẻ nó.',
    open: 'Mở yêu cầu',
    fixFields: 'Hãy sửa các mục được đánh dấu.',
    failed: 'Chưa gửi được vì không kết nối được máy chủ. Vui lòng thử lại.',
    errors: {
      contactName: {
        BLANK: 'Hãy nhập họ tên.',
        TOO_LONG: 'Họ tên dài tối đa 120 ký tự.',
        INVALID: 'Họ tên phải nằm trên một dòng.',
      },
      contactEmail: {
        BLANK: 'Hãy nhập e-mail.',
        INVALID_EMAIL: 'E-mail chưa đúng, ví dụ: ten@congty.vn.',
      },
      organization: {
        TOO_LONG: 'Tên cơ quan, doanh nghiệp dài tối đa 200 ký tự.',
        INVALID: 'Tên cơ quan, doanh nghiệp phải nằm trên một dòng.',
      },
      message: { TOO_LONG: 'Lời nhắn dài tối đa 2.000 ký tự.' },
      form: {
        NOT_FOUND: 'Không tìm thấy bộ giải pháp này nữa.',
        NOTHING_TO_QUOTE: 'Không dịch vụ nào trong bộ còn được cung cấp; hãy thay chúng trước khi yêu cầu báo giá.',
        RATE_LIMITED: 'Bạn đã gửi quá nhiều yêu cầu báo giá trong một giờ qua. Vui lòng thử lại sau.',
      },
    } as Record<string, Record<string, string>>,
  },
  request: {
    eyebrow: 'Yêu cầu báo giá',
    title: (stack: string) => `Báo giá cho “${stack}”`,
    sentOn: (date: string) => `Gửi ngày ${date}`,
    private: 'Trang này chỉ mở được bằng đường dẫn riêng bạn nhận khi gửi yêu cầu.',
    contactTitle: 'Thông tin liên hệ bạn đã gửi',
    contactName: 'Họ và tên',
    contactEmail: 'E-mail',
    organization: 'Cơ quan, doanh nghiệp',
    message: 'Lời nhắn',
    notGiven: 'Không có',
    erased: (date: string) => `Thông tin liên hệ đã được xoá theo yêu cầu của bạn ngày ${date}, cả ở các nhà cung cấp đã nhận.`,
    vendorsTitle: (n: number) => `Nhà cung cấp đã nhận (${n})`,
    vendorsNote: 'Mỗi nhà cung cấp chỉ nhận các dòng của mình, với giá lúc bạn gửi.',
    unitPrice: 'Đơn giá / tháng',
    subtotal: 'Cộng mỗi tháng (chưa gồm VAT)',
    oneTimeSubtotal: 'Cộng trả một lần (chưa gồm VAT)',
    stackLink: 'Xem bộ giải pháp với giá hôm nay',
    notFoundTitle: 'Không tìm thấy yêu cầu báo giá',
    notFoundBody: 'Đường dẫn không đúng hoặc bị thiếu một phần. Hãy dùng nguyên đường dẫn bạn nhận được khi gửi yêu cầu.',
  },
};

const en: typeof vi = {
  quote: {
    title: 'Request a quote',
    intro: 'The request goes to every vendor in the stack; each vendor receives only its own lines and your contact details.',
    contactName: 'Your name',
    contactEmail: 'E-mail',
    organization: 'Organization (optional)',
    message: 'Message (optional)',
    submit: 'Send the request',
    sending: 'Sending…',
    sent: (vendors) => `Your request reached: ${vendors}.`,
    sentNext: 'The vendors will answer at the e-mail address you gave.',
    linkLabel: 'Link to read your request',
    linkNote:
      'Keep this link: it is the only way to read your request again, and it is shown only once. Anyone with it can read your name, e-mail and message, so do not share it.',
    open: 'Open the request',
    fixFields: 'Please correct the marked fields.',
    failed: 'Not sent: the server could not be reached. Please try again.',
    errors: {
      contactName: {
        BLANK: 'Enter your name.',
        TOO_LONG: 'Your name is at most 120 characters.',
        INVALID: 'Your name must be on one line.',
      },
      contactEmail: {
        BLANK: 'Enter your e-mail address.',
        INVALID_EMAIL: 'This is not a valid e-mail address, e.g. name@company.vn.',
      },
      organization: {
        TOO_LONG: 'The organization is at most 200 characters.',
        INVALID: 'The organization must be on one line.',
      },
      message: { TOO_LONG: 'The message is at most 2,000 characters.' },
      form: {
        NOT_FOUND: 'This stack no longer exists.',
        NOTHING_TO_QUOTE: 'None of the stack’s services is still offered; replace them before requesting quotes.',
        RATE_LIMITED: 'You have sent too many quote requests in the past hour. Please try again later.',
      },
    },
  },
  request: {
    eyebrow: 'Quote request',
    title: (stack) => `Quotes for “${stack}”`,
    sentOn: (date) => `Sent on ${date}`,
    private: 'Only the private link you were given when sending the request opens this page.',
    contactTitle: 'The contact details you sent',
    contactName: 'Name',
    contactEmail: 'E-mail',
    organization: 'Organization',
    message: 'Message',
    notGiven: 'None',
    erased: (date) => `Your contact details were erased at your request on ${date}, from the vendors’ copies too.`,
    vendorsTitle: (n) => `Vendors reached (${n})`,
    vendorsNote: 'Each vendor received only its own lines, at the prices of the day you sent them.',
    unitPrice: 'Unit price / month',
    subtotal: 'Monthly subtotal (VAT excluded)',
    oneTimeSubtotal: 'One-time subtotal (VAT excluded)',
    stackLink: 'See the stack at today’s prices',
    notFoundTitle: 'Quote request not found',
    notFoundBody: 'The link is wrong or incomplete. Please use the whole link you were given when sending the request.',
  },
};

export const quoteTexts = { vi, en };
