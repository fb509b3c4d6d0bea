import { useRef, useState } from 'react';
import { useClient, useMutation, useQuery } from 'urql';
import { Link, useSearch } from 'wouter';
import { AccountViewerQuery } from '../../components/account/account-viewer.ts';
import { useAccountText } from '../../components/account/account-text.ts';
import { ConsolePage } from '../../components/common/ConsoleParts.tsx';
import { PageQueryPending } from '../../components/common/Notice.tsx';
import { useSavedStacks } from '../../components/stack/saved-stacks.ts';
import { graphql } from '../../graphql.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatDate, formatVnd } from '../../lib/format.ts';
import { UserErrorFields } from '../../lib/user-error-fields.ts';

const PAGE_SIZE = 20;

const MyStacksQuery = graphql(`
  query MyStacks($first: Int!, $after: String) {
    myStacks(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        createdAt
        sharePath
        priceChanged
        savedMonthlyTotal {
          amount
        }
        savedOneTimeTotal {
          amount
        }
      }
    }
  }
`);

/** The account's stack ids, to offer only the browser's stacks it does not hold yet (a claim takes 100 at most). */
const MyStackIdsQuery = graphql(`
  query MyStackIds {
    myStacks(first: 100) {
      nodes {
        id
      }
    }
  }
`);

const ClaimStacksMutation = graphql(
  `
    mutation ClaimStacks($input: ClaimStacksInput!) {
      claimStacks(input: $input) {
        stacks {
          id
        }
        userErrors {
          ...UserErrorFields
        }
      }
    }
  `,
  [UserErrorFields],
);

const ForgetStackMutation = graphql(
  `
    mutation ForgetStack($input: ForgetStackInput!) {
      forgetStack(input: $input) {
        forgotten
        userErrors {
          ...UserErrorFields
        }
      }
    }
  `,
  [UserErrorFields],
);

/** /account/stacks: the account's stacks, the browser's saved stacks to keep in it, and a way to forget one. */
export default function MyStacksPage() {
  const a = useAccountText();
  const search = new URLSearchParams(useSearch());
  const client = useClient();
  const saved = useSavedStacks();
  const [held, refetchHeld] = useQuery({ query: MyStackIdsQuery, requestPolicy: 'cache-and-network' });
  const heldIds = new Set(held.data?.myStacks.nodes.map((stack) => stack.id));
  const local = held.data ? saved.filter((stack) => !heldIds.has(stack.id)) : [];
  const [viewer] = useQuery({ query: AccountViewerQuery });
  // A new round after a change reloads every page shown, from the first.
  const [round, setRound] = useState(0);
  const [message, setMessage] = useState<{ text: string; error?: true } | null>(null);
  const [claiming, setClaiming] = useState(false);
  const [, claimStacks] = useMutation(ClaimStacksMutation);
  const [, forgetStack] = useMutation(ForgetStackMutation);
  const status = useRef<HTMLParagraphElement>(null);

  const say = (text: string, error?: true) => {
    setMessage({ text, error });
    requestAnimationFrame(() => status.current?.focus());
  };
  const countNow = async () =>
    (await client.query(MyStacksQuery, { first: PAGE_SIZE, after: null }, { requestPolicy: 'network-only' }).toPromise()).data?.myStacks.totalCount;

  const claim = async () => {
    setClaiming(true);
    const before = await countNow();
    const result = await claimStacks({ input: { ids: local.map((stack) => stack.id) } });
    const after = await countNow();
    refetchHeld({ requestPolicy: 'network-only' });
    setClaiming(false);
    const payload = result.data?.claimStacks;
    if (!payload || before === undefined || after === undefined) return say(a.apiDown, true);
    if (payload.userErrors[0]) return say(a.errors[payload.userErrors[0].code] ?? payload.userErrors[0].message, true);
    setRound((n) => n + 1);
    say(a.stacks.claimed(after - before));
  };

  const forget = async (id: string, name: string) => {
    const result = await forgetStack({ input: { id } });
    if (!result.data) return say(a.apiDown, true);
    refetchHeld({ requestPolicy: 'network-only' });
    setRound((n) => n + 1);
    say(a.stacks.forgotten(name));
  };

  const name = viewer.data?.viewer.user?.name ?? '';
  const welcome = search.has('welcome') ? a.confirm.welcome(name) : search.has('password-changed') ? a.reset.done : null;
  return (
    <ConsolePage name="my-stacks" title={a.stacks.title} lead={a.stacks.lead}>
      {welcome && name !== '' && (
        <p className="confirmation" role="status">
          {welcome}
        </p>
      )}
      {local.length > 0 && (
        <section className="card account-claim" aria-labelledby="claim-title">
          <h2 id="claim-title" className="subsection-title">
            {a.stacks.claimTitle}
          </h2>
          <p>{a.stacks.claimLead(local.length)}</p>
          <button type="button" className="button" disabled={claiming} onClick={claim}>
            {claiming ? a.stacks.claiming : a.stacks.claim}
          </button>
        </section>
      )}
      <div className="account__message">
        {message && (
          <p ref={status} tabIndex={-1} className={message.error ? 'confirmation confirmation--error' : 'confirmation'} role={message.error ? 'alert' : 'status'}>
            {message.text}
          </p>
        )}
      </div>
      <StackPage key={round} after={null} fresh={round > 0} onForget={forget} />
    </ConsolePage>
  );
}

interface StackPageProps {
  after: string | null;
  /** asked of the API again rather than read from the cache, after a change */
  fresh: boolean;
  onForget: (id: string, name: string) => void;
}

/** One page of the account's stacks, then the button that shows the next one below it. */
function StackPage({ after, fresh, onForget }: StackPageProps) {
  const a = useAccountText();
  const { site } = useI18n();
  const [result, reexecute] = useQuery({
    query: MyStacksQuery,
    variables: { first: PAGE_SIZE, after },
    requestPolicy: fresh ? 'network-only' : 'cache-and-network',
  });
  const [more, setMore] = useState(false);
  if (!result.data) return <PageQueryPending failed={result.error !== undefined} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  const { nodes, pageInfo, totalCount } = result.data.myStacks;
  if (after === null && totalCount === 0) {
    return (
      <p className="muted">
        {a.stacks.empty} <Link to={site('/stack')}>{a.stacks.build}</Link>
      </p>
    );
  }
  return (
    <>
      {after === null && <p className="muted account-count">{a.stacks.count(totalCount)}</p>}
      <ul className="account-list">
        {nodes.map((stack) => (
          <li key={stack.id} className="card account-item">
            <h2 className="account-item__title">
              <Link to={site(stack.sharePath)} aria-label={a.stacks.openLabel(stack.name)}>
                {stack.name}
              </Link>
            </h2>
            <p className="muted">{a.stacks.savedOn(formatDate(stack.createdAt))}</p>
            <dl className="account-item__totals">
              <div>
                <dt>{a.stacks.monthly}</dt>
                <dd>{formatVnd(stack.savedMonthlyTotal.amount)}</dd>
              </div>
              <div>
                <dt>{a.stacks.oneTime}</dt>
                <dd>{formatVnd(stack.savedOneTimeTotal.amount)}</dd>
              </div>
            </dl>
            <p className="muted account-item__note">
              {a.stacks.atSavedPrices} {stack.priceChanged && <span className="badge badge--warn-inline">{a.stacks.priceChanged}</span>}
            </p>
            <button type="button" className="link-button" aria-label={a.stacks.forgetLabel(stack.name)} onClick={() => onForget(stack.id, stack.name)}>
              {a.stacks.forget}
            </button>
          </li>
        ))}
      </ul>
      {pageInfo.hasNextPage &&
        pageInfo.endCursor &&
        (more ? (
          <StackPage after={pageInfo.endCursor} fresh={fresh} onForget={onForget} />
        ) : (
          <button type="button" className="button button--secondary" onClick={() => setMore(true)}>
            {a.stacks.more}
          </button>
        ))}
    </>
  );
}
