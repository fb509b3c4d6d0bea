import { DC, VIETTEL_SLA, needsBackup, needsEOffice, offering, plan } from './helpers.ts';
import type { OfferingSeed } from './types.ts';

const emailOfferings: OfferingSeed[] = [
  offering({
    slug: 'viettel-business-email',
    vendor: 'viettel-idc',
    category: 'email',
    name: 'Thư điện tử doanh nghiệp Viettel',
    nameEn: 'Viettel business e-mail',
    summary: 'Hộp thư theo tên miền riêng cho doanh nghiệp và cơ quan, lưu trữ trong nước.',
    summaryEn: 'Mailboxes on your own domain for businesses and agencies, hosted in Vietnam.',
    description:
      'Hộp thư điện tử theo tên miền riêng, lọc thư rác và mã độc, truy cập qua web và ứng dụng di động. Dữ liệu thư lưu tại hai trung tâm dữ liệu của Viettel IDC.',
    descriptionEn:
      'Mailboxes on your own domain with spam and malware filtering, used on the web and in mobile apps. Mail data is kept in Viettel IDC’s two data centres.',
    sla: VIETTEL_SLA,
    dataCenters: DC.viettel,
    plans: [
      plan('basic', ['Cơ bản', 'Basic'], 35_000, 'USER_MONTH', [['mailbox_gb', '25']]),
      plan('business', ['Doanh nghiệp', 'Business'], 65_000, 'USER_MONTH', [['mailbox_gb', '50']]),
    ],
  }),
  offering({
    slug: 'vnpt-email',
    vendor: 'vnpt-it',
    category: 'email',
    name: 'VNPT Email — thư điện tử trên mây',
    nameEn: 'VNPT Email — cloud e-mail',
    summary: 'Thư điện tử trên mây cho cơ quan nhà nước và doanh nghiệp, dữ liệu lưu trong nước.',
    summaryEn: 'Cloud e-mail for public agencies and businesses, with data kept in Vietnam.',
    description:
      'Hộp thư theo tên miền của đơn vị, chống thư rác, ký và mã hóa thư. Phù hợp cho cơ quan muốn đưa thư công vụ lên mây mà vẫn giữ dữ liệu trong nước.',
    descriptionEn:
      'Mailboxes on the organisation’s own domain, with spam protection and signed, encrypted mail. Suited to agencies that want to move official mail to the cloud while keeping the data in Vietnam.',
    sla: '99.95',
    dataCenters: DC.vnpt,
    plans: [
      plan('standard', ['Tiêu chuẩn', 'Standard'], 30_000, 'USER_MONTH', [['mailbox_gb', '20']]),
      plan('premium', ['Cao cấp', 'Premium'], 55_000, 'USER_MONTH', [['mailbox_gb', '50']]),
    ],
  }),
  offering({
    slug: 'cmc-mail',
    vendor: 'cmc-cloud',
    category: 'email',
    name: 'CMC Mail — thư điện tử doanh nghiệp',
    nameEn: 'CMC Mail — business e-mail',
    summary: 'Thư điện tử tên miền riêng kèm lịch và danh bạ dùng chung.',
    summaryEn: 'Custom-domain e-mail with shared calendars and contacts.',
    description: 'Thư điện tử doanh nghiệp với lịch, danh bạ và lưu trữ thư lâu dài. Quản trị viên quản lý hộp thư qua giao diện web tiếng Việt.',
    descriptionEn:
      'Business e-mail with calendars, contacts and long-term mail archiving. Administrators manage mailboxes in a web interface in Vietnamese.',
    sla: '99.95',
    dataCenters: DC.cmc,
    plans: [plan('standard', ['Tiêu chuẩn', 'Standard'], 40_000, 'USER_MONTH', [['mailbox_gb', '30']])],
  }),
  offering({
    slug: 'bizfly-business-email',
    vendor: 'bizfly-cloud',
    category: 'email',
    name: 'Bizfly Business Email — thư điện tử doanh nghiệp',
    nameEn: 'Bizfly Business Email — business e-mail',
    summary: 'Thư điện tử doanh nghiệp giá tiết kiệm cho doanh nghiệp nhỏ.',
    summaryEn: 'Low-cost business e-mail for small companies.',
    description: 'Hộp thư tên miền riêng với bộ lọc thư rác, phù hợp doanh nghiệp nhỏ và khởi nghiệp cần thư điện tử chuyên nghiệp.',
    descriptionEn:
      'Mailboxes on your own domain with spam filtering, for small businesses and start-ups that need professional e-mail.',
    sla: '99.9',
    dataCenters: DC.bizfly,
    plans: [
      plan('starter', ['Khởi đầu', 'Starter'], 25_000, 'USER_MONTH', [['mailbox_gb', '10']]),
      plan('pro', ['Chuyên nghiệp', 'Professional'], 45_000, 'USER_MONTH', [['mailbox_gb', '30']]),
    ],
  }),
];

const eOfficeOfferings: OfferingSeed[] = [
  offering({
    slug: 'vnpt-ioffice',
    vendor: 'vnpt-it',
    category: 'e-office',
    name: 'VNPT iOffice — văn phòng điện tử',
    nameEn: 'VNPT iOffice — e-office',
    summary: 'Quản lý văn bản đến, văn bản đi, giao việc và ký số cho cơ quan nhà nước.',
    summaryEn: 'Incoming and outgoing documents, task assignment and digital signing for public agencies.',
    description:
      'Luân chuyển văn bản điện tử giữa các phòng ban và liên thông với cơ quan khác. Lãnh đạo duyệt và ký số văn bản trên điện thoại.',
    descriptionEn:
      'Routes electronic documents between departments and exchanges them with other agencies. Leaders approve and digitally sign documents on their phones.',
    sla: '99.95',
    dataCenters: DC.vnpt,
    plans: [
      plan('per-user', ['Theo người dùng', 'Per user'], 40_000, 'USER_MONTH', [['storage_gb', '5']]),
      plan('setup', ['Triển khai và đào tạo', 'Deployment and training'], 30_000_000, 'ONE_TIME', [['training_days', '3']]),
    ],
  }),
  offering({
    slug: 'viettel-e-office',
    vendor: 'viettel-idc',
    category: 'e-office',
    name: 'Văn phòng điện tử Viettel',
    nameEn: 'Viettel e-office',
    summary: 'Quản lý văn bản, hồ sơ công việc và lịch họp cho cơ quan, doanh nghiệp.',
    summaryEn: 'Document, case-file and meeting management for agencies and companies.',
    description: 'Số hóa quy trình văn thư: tiếp nhận, phân phối, xử lý và lưu trữ văn bản. Tích hợp chữ ký số và thư điện tử.',
    descriptionEn:
      'Digitises clerical work: receiving, distributing, handling and archiving documents. Digital signatures and e-mail are built in.',
    sla: VIETTEL_SLA,
    dataCenters: DC.viettel,
    plans: [plan('per-user', ['Theo người dùng', 'Per user'], 45_000, 'USER_MONTH', [['storage_gb', '5']])],
  }),
  offering({
    slug: '1office-e-office',
    vendor: '1office',
    category: 'e-office',
    name: '1Office — văn phòng điện tử trên mây',
    nameEn: '1Office — cloud e-office',
    summary: 'Văn phòng điện tử trên mây: văn bản, công việc, quy trình và nhân sự trong một ứng dụng.',
    summaryEn: 'Cloud e-office: documents, tasks, workflows and HR in one app.',
    description:
      'Quản lý văn bản, giao việc và quy trình phê duyệt cho doanh nghiệp vừa và nhỏ. Dùng trên web và điện thoại, dữ liệu lưu tại Việt Nam.',
    descriptionEn:
      'Document management, task assignment and approval workflows for small and medium-sized businesses. Works on the web and on phones; data is kept in Vietnam.',
    sla: '99.9',
    dataCenters: ['viettel-idc-ha-noi'],
    plans: [
      plan('standard', ['Tiêu chuẩn', 'Standard'], 50_000, 'USER_MONTH', [['users', '1']]),
      plan('team-50', ['Gói 50 người dùng', '50-user plan'], 2_200_000, 'MONTH', [['users', '50']]),
    ],
  }),
  offering({
    slug: 'base-vn-workflow',
    vendor: 'base-vn',
    category: 'e-office',
    name: 'Base.vn — quản lý công việc và văn bản nội bộ',
    nameEn: 'Base.vn — task and internal document management',
    summary: 'Quản lý công việc, đề xuất và văn bản nội bộ cho doanh nghiệp.',
    summaryEn: 'Task, request and internal document management for companies.',
    description: 'Tạo quy trình phê duyệt đề xuất, theo dõi công việc theo dự án và lưu trữ văn bản nội bộ tập trung.',
    descriptionEn:
      'Set up approval workflows for requests, track tasks by project and keep internal documents in one place.',
    sla: '99.9',
    dataCenters: ['vng-tp-hcm'],
    plans: [plan('per-user', ['Theo người dùng', 'Per user'], 60_000, 'USER_MONTH', [['users', '1']])],
  }),
];

const eGovernmentOfferings: OfferingSeed[] = [
  offering({
    slug: 'vnpt-igate',
    vendor: 'vnpt-it',
    category: 'e-government',
    name: 'VNPT iGate — một cửa điện tử và dịch vụ công trực tuyến',
    nameEn: 'VNPT iGate — one-stop e-government and online public services',
    summary: 'Tiếp nhận, xử lý và trả kết quả hồ sơ thủ tục hành chính trực tuyến.',
    summaryEn: 'Online intake, processing and delivery of administrative procedures.',
    description:
      'Hệ thống một cửa điện tử cho cấp tỉnh, huyện và xã: công dân nộp hồ sơ trực tuyến, cán bộ xử lý trên hệ thống và trả kết quả điện tử. Hồ sơ được chuyển sang văn phòng điện tử để xử lý nội bộ.',
    descriptionEn:
      'A one-stop e-government system for provinces, districts and communes: citizens file applications online, officials process them in the system and return the results electronically. Applications are passed to the e-office system for internal handling.',
    sla: '99.95',
    dataCenters: DC.vnpt,
    requirements: [needsEOffice],
    plans: [
      plan('district', ['Cấp huyện', 'District level'], 12_000_000, 'MONTH', [['users', '200']]),
      plan('province', ['Cấp tỉnh', 'Province level'], 45_000_000, 'MONTH', [['users', '2000']]),
      plan('setup', ['Triển khai, tích hợp và đào tạo', 'Deployment, integration and training'], 150_000_000, 'ONE_TIME', [['training_days', '10']]),
    ],
  }),
  offering({
    slug: 'viettel-e-government',
    vendor: 'viettel-idc',
    category: 'e-government',
    name: 'Một cửa điện tử Viettel',
    nameEn: 'Viettel one-stop e-government',
    summary: 'Một cửa điện tử và cổng dịch vụ công trực tuyến cho địa phương.',
    summaryEn: 'One-stop e-government and online public services portal for local authorities.',
    description: 'Số hóa quy trình tiếp nhận và trả kết quả thủ tục hành chính, tra cứu tình trạng hồ sơ bằng mã QR. Liên thông với văn phòng điện tử để xử lý hồ sơ.',
    descriptionEn:
      'Digitises how administrative applications are received and answered, with application status lookup by QR code. Connects to the e-office system to process the applications.',
    sla: VIETTEL_SLA,
    dataCenters: DC.viettel,
    requirements: [needsEOffice],
    plans: [plan('district', ['Cấp huyện', 'District level'], 11_000_000, 'MONTH', [['users', '200']])],
  }),
  offering({
    slug: 'cmc-public-services',
    vendor: 'cmc-cloud',
    category: 'e-government',
    name: 'Cổng dịch vụ công trực tuyến CMC',
    nameEn: 'CMC online public services portal',
    summary: 'Cổng dịch vụ công trực tuyến và một cửa điện tử cho sở, ngành.',
    summaryEn: 'Online public services portal and one-stop shop for provincial departments.',
    description: 'Công dân nộp hồ sơ, thanh toán lệ phí và nhận kết quả trực tuyến. Báo cáo thống kê hồ sơ theo thời gian thực cho lãnh đạo.',
    descriptionEn:
      'Citizens file applications, pay fees and receive results online. Leaders see statistics on applications in real time.',
    sla: '99.95',
    dataCenters: DC.cmc,
    requirements: [needsEOffice],
    plans: [plan('department', ['Cấp sở', 'Department level'], 9_500_000, 'MONTH', [['users', '150']])],
  }),
];

const eLearningOfferings: OfferingSeed[] = [
  offering({
    slug: 'viettel-e-learning',
    vendor: 'viettel-idc',
    category: 'e-learning',
    name: 'Học trực tuyến Viettel — lớp học trên mây',
    nameEn: 'Viettel e-learning — cloud classrooms',
    summary: 'Lớp học trực tuyến trên mây cho trường học và doanh nghiệp đào tạo nội bộ.',
    summaryEn: 'Cloud classrooms for schools and corporate training.',
    description: 'Giáo viên tổ chức lớp học trực tuyến, giao bài và chấm bài; học sinh học trên điện thoại hoặc trình duyệt. Dữ liệu học tập lưu trong nước.',
    descriptionEn:
      'Teachers run online classes, set and mark assignments; students learn on their phones or in a browser. Learning data is kept in Vietnam.',
    sla: VIETTEL_SLA,
    dataCenters: DC.viettel,
    plans: [
      plan('per-learner', ['Theo học viên', 'Per learner'], 15_000, 'USER_MONTH', [['courses', 'không giới hạn']]),
      plan('school', ['Gói trường học', 'School plan'], 3_000_000, 'MONTH', [['users', '1000']]),
    ],
  }),
  offering({
    slug: 'vnpt-e-learning',
    vendor: 'vnpt-it',
    category: 'e-learning',
    name: 'VNPT E-Learning — học trực tuyến',
    nameEn: 'VNPT E-Learning — online learning',
    summary: 'Hệ thống quản lý học tập cho trường học và đào tạo cán bộ.',
    summaryEn: 'Learning management system for schools and civil-servant training.',
    description: 'Quản lý khóa học, bài giảng video, ngân hàng câu hỏi và thi trực tuyến. Báo cáo tiến độ học tập theo lớp và đơn vị.',
    descriptionEn:
      'Manages courses, video lectures, question banks and online exams. Reports learning progress by class and by unit.',
    sla: '99.95',
    dataCenters: DC.vnpt,
    plans: [plan('per-learner', ['Theo học viên', 'Per learner'], 12_000, 'USER_MONTH', [['courses', '50']])],
  }),
  offering({
    slug: 'fpt-is-e-learning',
    vendor: 'fpt-is',
    category: 'e-learning',
    name: 'Nền tảng học trực tuyến FPT IS',
    nameEn: 'FPT IS online learning platform',
    summary: 'Nền tảng đào tạo trực tuyến cho doanh nghiệp lớn.',
    summaryEn: 'Online training platform for large companies.',
    description: 'Xây dựng lộ trình đào tạo theo vị trí công việc, tổ chức thi và cấp chứng chỉ nội bộ.',
    descriptionEn:
      'Builds training paths for each job role, runs exams and issues internal certificates.',
    sla: '99.9',
    dataCenters: ['viettel-idc-ha-noi'],
    plans: [plan('per-learner', ['Theo học viên', 'Per learner'], 25_000, 'USER_MONTH', [['courses', 'không giới hạn']])],
  }),
];

const telemedicineOfferings: OfferingSeed[] = [
  offering({
    slug: 'suc-khoe-so-telehealth',
    vendor: 'suc-khoe-so',
    category: 'telemedicine',
    name: 'Sức Khỏe Số — khám bệnh từ xa',
    nameEn: 'Sức Khỏe Số — remote consultations',
    summary: 'Khám bệnh từ xa qua video, đặt lịch và kê đơn điện tử cho phòng khám.',
    summaryEn: 'Video consultations, booking and e-prescriptions for clinics.',
    description: 'Bệnh nhân đặt lịch và gặp bác sĩ qua video; hồ sơ khám bệnh và đơn thuốc được lưu trữ điện tử. Dữ liệu y tế lưu tại Việt Nam.',
    descriptionEn:
      'Patients book appointments and see a doctor by video; consultation records and prescriptions are stored electronically. Medical data is kept in Vietnam.',
    sla: '99.9',
    dataCenters: ['vng-tp-hcm'],
    plans: [
      plan('clinic', ['Phòng khám', 'Clinic'], 1_500_000, 'MONTH', [['users', '10']]),
      plan('per-doctor', ['Theo bác sĩ', 'Per doctor'], 150_000, 'USER_MONTH', [['users', '1']]),
    ],
  }),
  offering({
    slug: 'vnpt-telehealth',
    vendor: 'vnpt-it',
    category: 'telemedicine',
    name: 'VNPT Telehealth — y tế từ xa',
    nameEn: 'VNPT Telehealth — remote healthcare',
    summary: 'Hội chẩn và khám chữa bệnh từ xa giữa bệnh viện tuyến trên và tuyến dưới.',
    summaryEn: 'Remote consultations between central and local hospitals.',
    description: 'Kết nối bệnh viện tuyến trên với cơ sở y tế tuyến dưới để hội chẩn qua video, chia sẻ hình ảnh chẩn đoán và hồ sơ bệnh án.',
    descriptionEn:
      'Connects higher-level hospitals with local health facilities for video consultations, sharing diagnostic images and medical records.',
    sla: '99.95',
    dataCenters: DC.vnpt,
    plans: [plan('hospital', ['Bệnh viện', 'Hospital'], 8_000_000, 'MONTH', [['sites', '5']])],
  }),
];

const accountingOfferings: OfferingSeed[] = [
  offering({
    slug: 'misa-accounting-online',
    vendor: 'misa',
    category: 'accounting',
    name: 'MISA — kế toán trên mây',
    nameEn: 'MISA — cloud accounting',
    summary: 'Kế toán trên mây cho doanh nghiệp vừa và nhỏ: hóa đơn, sổ sách và báo cáo thuế.',
    summaryEn: 'Cloud accounting for SMEs: invoices, ledgers and tax reports.',
    description:
      'Kế toán viên làm việc từ xa trên trình duyệt, dữ liệu đồng bộ với hóa đơn điện tử và ngân hàng. Báo cáo tài chính và tờ khai thuế lập tự động.',
    descriptionEn:
      'Accountants work remotely in the browser, with data synchronised with e-invoices and banks. Financial statements and tax returns are prepared automatically.',
    sla: '99.9',
    dataCenters: ['cmc-ha-noi'],
    requirements: [needsBackup],
    plans: [
      plan('starter', ['Khởi nghiệp', 'Start-up'], 290_000, 'MONTH', [['users', '3']]),
      plan('standard', ['Tiêu chuẩn', 'Standard'], 590_000, 'MONTH', [['users', '10']]),
    ],
  }),
  offering({
    slug: 'fast-accounting-online',
    vendor: 'fast',
    category: 'accounting',
    name: 'FAST Accounting Online — kế toán trực tuyến',
    nameEn: 'FAST Accounting Online — online accounting',
    summary: 'Phần mềm kế toán trực tuyến cho doanh nghiệp, dùng qua trình duyệt.',
    summaryEn: 'Online accounting for companies, used from the browser.',
    description: 'Quản lý sổ cái, công nợ, kho và tài sản cố định; lập báo cáo tài chính theo chế độ kế toán Việt Nam.',
    descriptionEn:
      'Manages the general ledger, receivables and payables, inventory and fixed assets, and prepares financial statements under the Vietnamese accounting regime.',
    sla: '99.9',
    dataCenters: ['viettel-idc-binh-duong'],
    requirements: [needsBackup],
    plans: [plan('per-user', ['Theo người dùng', 'Per user'], 120_000, 'USER_MONTH', [['users', '1']])],
  }),
];

const videoConferencingOfferings: OfferingSeed[] = [
  offering({
    slug: 'viettel-video-conference',
    vendor: 'viettel-idc',
    category: 'video-conferencing',
    name: 'Hội nghị truyền hình Viettel',
    nameEn: 'Viettel video conferencing',
    summary: 'Hội nghị truyền hình trực tuyến kết nối nhiều điểm cầu cho cơ quan và doanh nghiệp.',
    summaryEn: 'Multi-site video conferencing for agencies and companies.',
    description: 'Tổ chức họp trực tuyến với nhiều điểm cầu, chia sẻ màn hình và ghi hình cuộc họp. Máy chủ đa điểm đặt tại trung tâm dữ liệu của Viettel IDC.',
    descriptionEn:
      'Online meetings across many sites, with screen sharing and meeting recording. The multipoint servers are in Viettel IDC’s data centres.',
    sla: VIETTEL_SLA,
    dataCenters: DC.viettel,
    plans: [
      plan('room-10', ['10 điểm cầu', '10 sites'], 5_000_000, 'MONTH', [['sites', '10'], ['participants', '300']]),
      plan('per-host', ['Theo người chủ trì', 'Per host'], 150_000, 'USER_MONTH', [['participants', '100']]),
    ],
  }),
  offering({
    slug: 'vnpt-meeting',
    vendor: 'vnpt-it',
    category: 'video-conferencing',
    name: 'VNPT Meeting — họp trực tuyến',
    nameEn: 'VNPT Meeting — online meetings',
    summary: 'Họp trực tuyến bảo mật cho cơ quan nhà nước, dữ liệu cuộc họp lưu trong nước.',
    summaryEn: 'Secure online meetings for public agencies, with meeting data kept in Vietnam.',
    description: 'Họp trực tuyến trên trình duyệt và điện thoại, đặt mật khẩu phòng họp và phân quyền người tham dự.',
    descriptionEn:
      'Online meetings in the browser and on phones, with meeting-room passwords and permissions for participants.',
    sla: '99.95',
    dataCenters: DC.vnpt,
    plans: [plan('per-host', ['Theo người chủ trì', 'Per host'], 120_000, 'USER_MONTH', [['participants', '100']])],
  }),
  offering({
    slug: 'cmc-meeting',
    vendor: 'cmc-cloud',
    category: 'video-conferencing',
    name: 'CMC Meeting — hội nghị trực tuyến trên mây',
    nameEn: 'CMC Meeting — cloud video conferencing',
    summary: 'Hội nghị trực tuyến trên mây cho doanh nghiệp làm việc từ xa.',
    summaryEn: 'Cloud video meetings for remote-working companies.',
    description: 'Phòng họp trực tuyến luôn sẵn sàng, ghi hình và lưu biên bản cuộc họp trên mây của CMC.',
    descriptionEn:
      'Always-ready online meeting rooms, with recordings and minutes stored in the CMC cloud.',
    sla: '99.95',
    dataCenters: DC.cmc,
    plans: [plan('per-host', ['Theo người chủ trì', 'Per host'], 110_000, 'USER_MONTH', [['participants', '150']])],
  }),
];

const eNewspaperOfferings: OfferingSeed[] = [
  offering({
    slug: 'bizfly-e-newspaper',
    vendor: 'bizfly-cloud',
    category: 'e-newspaper',
    name: 'Nền tảng báo điện tử Bizfly',
    nameEn: 'Bizfly online newspaper platform',
    summary: 'Hệ thống quản trị nội dung cho tòa soạn báo điện tử và tạp chí.',
    summaryEn: 'Content management for online newspapers and magazines.',
    description: 'Quy trình biên tập, duyệt bài và xuất bản nhiều kênh; chịu tải cao khi có tin nóng nhờ tích hợp CDN.',
    descriptionEn:
      'Editing, approval and multi-channel publishing workflows; it carries heavy load on breaking news thanks to its CDN integration.',
    sla: '99.9',
    dataCenters: DC.bizfly,
    plans: [plan('newsroom', ['Tòa soạn', 'Newsroom'], 15_000_000, 'MONTH', [['users', '50']])],
  }),
  offering({
    slug: 'fpt-is-e-newspaper',
    vendor: 'fpt-is',
    category: 'e-newspaper',
    name: 'Tòa soạn điện tử FPT IS',
    nameEn: 'FPT IS digital newsroom',
    summary: 'Giải pháp tòa soạn hội tụ cho báo điện tử, phát thanh và truyền hình.',
    summaryEn: 'Converged newsroom for online news, radio and TV.',
    description: 'Quản lý đề tài, biên tập đa phương tiện và xuất bản lên web, ứng dụng và mạng xã hội từ một hệ thống.',
    descriptionEn:
      'Manages story ideas, multimedia editing and publishing to the web, apps and social networks from one system.',
    sla: '99.9',
    dataCenters: ['viettel-idc-ha-noi'],
    plans: [
      plan('newsroom', ['Tòa soạn', 'Newsroom'], 18_000_000, 'MONTH', [['users', '80']]),
      plan('setup', ['Triển khai và chuyển dữ liệu', 'Deployment and data migration'], 80_000_000, 'ONE_TIME', [['training_days', '5']]),
    ],
  }),
];

const unpublishedSaasOfferings: OfferingSeed[] = [
  offering({
    slug: 'straits-mail',
    vendor: 'straits-cloud',
    category: 'email',
    status: 'REJECTED',
    name: 'Straits Mail',
    summary: 'Thư điện tử doanh nghiệp lưu trữ tại Singapore.',
    summaryEn: 'Business e-mail hosted in Singapore.',
    description: 'Bị từ chối: mô tả chưa nêu rõ dữ liệu thư được lưu ngoài Việt Nam.',
    descriptionEn:
      'Rejected: the description did not say clearly that mail data is stored outside Vietnam.',
    sla: '99.9',
    dataCenters: ['straits-singapore'],
    plans: [plan('standard', ['Tiêu chuẩn', 'Standard'], 45_000, 'USER_MONTH', [['mailbox_gb', '30']])],
  }),
];

export const saasOfferings: OfferingSeed[] = [
  ...emailOfferings,
  ...eOfficeOfferings,
  ...eGovernmentOfferings,
  ...eLearningOfferings,
  ...telemedicineOfferings,
  ...accountingOfferings,
  ...videoConferencingOfferings,
  ...eNewspaperOfferings,
  ...unpublishedSaasOfferings,
];
