import { useEffect, useId, useState, type FormEvent, type ReactNode } from 'react';
import { useQuery } from 'urql';
import { formatCount, formatVnd, kindLabel, lowestMonthlyPrice } from './format.ts';

const HOME_QUERY = /* GraphQL */ `
  query Home($query: String) {
    offerings(first: 20, query: $query) {
      totalCount
      nodes {
        id
        slug
        name
        kind
        summary
        vendor {
          name
        }
        plans {
          monthlyPrice {
            amount
          }
        }
      }
    }
  }
`;

interface HomeOffering {
  id: string;
  slug: string;
  name: string;
  kind: string;
  summary: string;
  vendor: { name: string };
  plans: Array<{ monthlyPrice: { amount: string } }>;
}

interface HomeData {
  offerings: { totalCount: number; nodes: HomeOffering[] } | null;
}

interface HomeVariables {
  query: string | null;
}

const SEARCH_DELAY_MS = 300;

function initialSearch(): string {
  return new URLSearchParams(window.location.search).get('q') ?? '';
}

/** Keeps ?q= in the address bar so a search can be shared or reloaded. */
function syncUrl(term: string): void {
  const url = new URL(window.location.href);
  if (term) url.searchParams.set('q', term);
  else url.searchParams.delete('q');
  window.history.replaceState(null, '', url);
}

export function App() {
  const [input, setInput] = useState(initialSearch);
  const [term, setTerm] = useState(() => initialSearch().trim());

  // Search as the user types, once they pause.
  useEffect(() => {
    const next = input.trim();
    if (next === term) return;
    const timer = window.setTimeout(() => setTerm(next), SEARCH_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [input, term]);

  useEffect(() => syncUrl(term), [term]);

  const [result, reexecute] = useQuery<HomeData, HomeVariables>({
    query: HOME_QUERY,
    variables: { query: term || null },
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const next = input.trim();
    if (next === term) reexecute({ requestPolicy: 'network-only' });
    else setTerm(next);
  };

  return (
    <>
      <header className="site-header">
        <div className="wrap site-header__inner">
          <h1 className="brand">
            <a href="/">
              <span className="brand__mark" aria-hidden="true">
                ☁
              </span>
              Mây Việt
            </a>
          </h1>
          <nav aria-label="Liên kết chính">
            <a href="/graphql">API GraphQL</a>
          </nav>
        </div>
      </header>

      <main className="wrap" id="main">
        <section className="hero" aria-labelledby="hero-title">
          <h2 id="hero-title" className="hero__title">
            Chợ mở của hệ sinh thái đám mây Việt Nam
          </h2>
          <p className="hero__lead">
            Tìm và so sánh dịch vụ hạ tầng, nền tảng, phần mềm và bảo mật của các nhà cung cấp trong nước — giá niêm yết
            bằng đồng Việt Nam.
          </p>
          <SearchForm value={input} onChange={setInput} onSubmit={onSubmit} />
        </section>

        <Results
          term={term}
          fetching={result.fetching}
          error={result.error !== undefined}
          data={result.data}
          onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        />
      </main>

      <footer className="site-footer">
        <div className="wrap">
          <p>
            Mây Việt — dữ liệu mở về điện toán đám mây Việt Nam. Dành cho nhà phát triển:{' '}
            <a href="/graphql">API GraphQL</a>.
          </p>
        </div>
      </footer>
    </>
  );
}

interface SearchFormProps {
  value: string;
  onChange: (value: string) => void;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
}

function SearchForm({ value, onChange, onSubmit }: SearchFormProps) {
  const inputId = useId();
  const hintId = useId();
  return (
    <form className="search" role="search" onSubmit={onSubmit}>
      <label className="search__label" htmlFor={inputId}>
        Tìm dịch vụ
      </label>
      <div className="search__row">
        <input
          id={inputId}
          className="search__input"
          type="search"
          name="q"
          value={value}
          onChange={(event) => onChange(event.target.value)}
          placeholder="ví dụ: máy chủ ảo, lưu trữ"
          autoComplete="off"
          enterKeyHint="search"
          aria-describedby={hintId}
        />
        <button className="search__button" type="submit">
          Tìm
        </button>
      </div>
      <p className="search__hint" id={hintId}>
        Tìm theo tên dịch vụ, nhà cung cấp hoặc mô tả.
      </p>
    </form>
  );
}

interface ResultsProps {
  term: string;
  fetching: boolean;
  error: boolean;
  data: HomeData | undefined;
  onRetry: () => void;
}

function Results({ term, fetching, error, data, onRetry }: ResultsProps) {
  const offerings = data?.offerings ?? null;

  let status: string;
  let body: ReactNode = null;
  // When a notice box explains the state, the status line is only for screen readers.
  let statusHidden = false;

  if (fetching && !offerings) {
    status = 'Đang tải danh sách dịch vụ…';
  } else if (error || !offerings) {
    status = 'Không kết nối được với máy chủ API.';
    statusHidden = true;
    body = (
      <div className="notice notice--error">
        <h3>API tạm thời không khả dụng</h3>
        <p>Chúng tôi chưa lấy được danh sách dịch vụ. Vui lòng kiểm tra kết nối mạng rồi thử lại sau ít phút.</p>
        <button type="button" className="notice__button" onClick={onRetry}>
          Thử lại
        </button>
      </div>
    );
  } else if (offerings.nodes.length === 0) {
    status = term ? `Không tìm thấy dịch vụ nào cho “${term}”.` : 'Chưa có dịch vụ nào được niêm yết.';
    statusHidden = true;
    body = (
      <div className="notice">
        <h3>{term ? `Không có kết quả cho “${term}”` : 'Chưa có dịch vụ'}</h3>
        <p>
          {term
            ? 'Hãy thử từ khóa ngắn hơn hoặc khác đi, ví dụ “lưu trữ” hay “máy chủ”.'
            : 'Danh mục đang được cập nhật. Vui lòng quay lại sau.'}
        </p>
      </div>
    );
  } else {
    const total = formatCount(offerings.totalCount);
    status = term ? `${total} dịch vụ phù hợp với “${term}”` : `${total} dịch vụ đang được niêm yết`;
    body = (
      <ul className="offerings">
        {offerings.nodes.map((offering) => (
          <OfferingCard key={offering.id} offering={offering} />
        ))}
      </ul>
    );
  }

  return (
    <section className="results" aria-labelledby="results-title" aria-busy={fetching}>
      <h2 id="results-title" className="visually-hidden">
        Kết quả
      </h2>
      <p className={statusHidden ? 'visually-hidden' : 'results__status'} role="status">
        {status}
      </p>
      {body}
    </section>
  );
}

function OfferingCard({ offering }: { offering: HomeOffering }) {
  const price = lowestMonthlyPrice(offering.plans);
  return (
    <li className="offering">
      <article>
        <p className="offering__kind">{kindLabel(offering.kind)}</p>
        <h3 className="offering__name">{offering.name}</h3>
        <p className="offering__vendor">{offering.vendor.name}</p>
        {offering.summary && <p className="offering__summary">{offering.summary}</p>}
        <p className="offering__price">
          {price === null ? (
            'Liên hệ để báo giá'
          ) : (
            <>
              <span className="offering__price-from">Từ </span>
              <strong>{formatVnd(price)}</strong>
              <span className="offering__price-unit">/tháng</span>
            </>
          )}
        </p>
      </article>
    </li>
  );
}
