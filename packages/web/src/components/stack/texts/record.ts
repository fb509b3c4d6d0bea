// The procurement record's buttons on the buyer's request pages.

const vi = {
  record: {
    label: 'Hồ sơ mua sắm',
    print: 'Hồ sơ mua sắm (in / PDF)',
    csv: 'CSV',
    csvLabel: 'Hồ sơ mua sắm dạng CSV',
    hint: 'Gồm bộ giải pháp, mọi chào giá của các nhà cung cấp so với giá niêm yết, các mốc thời gian và tìm kiếm trong danh mục đã dẫn đến bộ giải pháp.',
  },
};

const en: typeof vi = {
  record: {
    label: 'Procurement record',
    print: 'Procurement record (print / PDF)',
    csv: 'CSV',
    csvLabel: 'Procurement record as CSV',
    hint: 'The stack, every vendor’s offers against the list prices, the dates, and the catalogue search that led to the stack.',
  },
};

export const recordTexts = { vi, en };
