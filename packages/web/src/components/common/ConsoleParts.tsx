import type { ComponentType, ReactNode } from 'react';
import { Link, Route, Switch, useLocation, useRoute } from 'wouter';
import { errorCode } from '../console/user-errors.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useDocumentTitle } from '../../lib/document-title.ts';
import { ApiErrorNotice, Loading, Notice } from './Notice.tsx';
import { SignOutButton } from './SignOutButton.tsx';

// What the partner console and the staff console share: their routes, frame, section tabs, pages,
// sign-out and failed queries.

/** A console tab: current on `match` (default `to`) and, if given, on `also`. */
export function SectionLink({ to, match, also, children }: { to: string; match?: string; also?: string; children: ReactNode }) {
  const [exact] = useRoute(match ?? to);
  const [nested] = useRoute(also ?? match ?? to);
  return (
    <Link to={to} aria-current={exact || nested ? 'page' : undefined}>
      {children}
    </Link>
  );
}

interface QueryErrorProps {
  error: Parameters<typeof errorCode>[0];
  onRetry: () => void;
  /** the sign-in page's address within the console, coming back to `path` */
  signInPath: (path: string) => string;
  labels: { sessionEnded: string; signIn: string; forbidden: string };
}

/** A console query that failed: an ended session leads to sign-in; anything else can be retried. */
export function ConsoleQueryFailure({ error, onRetry, signInPath, labels }: QueryErrorProps) {
  const [location] = useLocation();
  const code = errorCode(error);
  if (code === 'UNAUTHENTICATED') {
    return (
      <Notice title={labels.sessionEnded} tone="error">
        <p>
          <Link to={signInPath(location)}>{labels.signIn}</Link>
        </p>
      </Notice>
    );
  }
  if (code === 'FORBIDDEN') return <Notice title={labels.forbidden} tone="error" />;
  return <ApiErrorNotice onRetry={onRetry} />;
}

interface ConsoleRoutesProps {
  className: string;
  signIn: ComponentType;
  /** every page but sign-in is inside it: it checks who is signed in */
  shell: ComponentType<{ children: ReactNode }>;
  /** path (relative to the console) → page */
  pages: Record<string, ComponentType>;
  /** path → page shown outside the shell, signed in or not (an invitation link) */
  open?: Record<string, ComponentType>;
  notFound: ComponentType;
}

/** A console's routes: sign-in on its own, every other page inside the console's shell. */
export function ConsoleRoutes({ className, signIn, shell: Shell, pages, open = {}, notFound }: ConsoleRoutesProps) {
  return (
    <div className={className}>
      <Switch>
        <Route path="/sign-in" component={signIn} />
        {Object.entries(open).map(([path, page]) => (
          <Route key={path} path={path} component={page} />
        ))}
        <Route>
          <Shell>
            <Switch>
              {Object.entries(pages).map(([path, page]) => (
                <Route key={path} path={path} component={page} />
              ))}
              <Route component={notFound} />
            </Switch>
          </Shell>
        </Route>
      </Switch>
    </div>
  );
}

/** A console's page for a path it does not have, with the way back to its first page. */
export function ConsoleNotFound({ title, home, back }: { title: string; home: string; back: string }) {
  const { t } = useI18n();
  useDocumentTitle(`${title} — ${t.siteName}`);
  return (
    <Notice title={title} headingLevel={1}>
      <p>
        <Link to={home}>{back}</Link>
      </p>
    </Notice>
  );
}

interface SignedInLabels {
  signedInAs: string;
  signOut: string;
  signingOut: string;
}

interface WrongConsoleProps {
  title: string;
  body: string;
  tone?: 'error';
  /** the console the visitor may have meant */
  link: { to: string; label: string } | null;
  email: string;
  signInUrl: string;
  labels: SignedInLabels;
}

/** A signed-in visitor this console is not for: why, where to go instead, and a way to sign out. */
export function WrongConsole({ title, body, tone, link, email, signInUrl, labels }: WrongConsoleProps) {
  return (
    <div className="page page--narrow">
      <Notice title={title} headingLevel={1} tone={tone}>
        <p>{body}</p>
        {link && (
          <p>
            <Link to={link.to}>{link.label}</Link>
          </p>
        )}
        <p className="muted">
          {labels.signedInAs} {email}
        </p>
        <SignOutButton signInUrl={signInUrl} labels={labels} />
      </Notice>
    </div>
  );
}

interface ConsoleFrameProps {
  /** who is signed in, for what; the e-mail address last */
  facts: readonly { term: string; value: string }[];
  email: string;
  signInUrl: string;
  labels: SignedInLabels & { sections: string };
  /** above the tabs, e.g. that the organization is suspended */
  notice?: ReactNode;
  /** the sections: SectionLink's props and its text */
  tabs: readonly { to: string; match?: string; also?: string; label: string }[];
  children: ReactNode;
}

/** A console around its pages: who is signed in, sign-out, the section tabs. */
export function ConsoleFrame({ facts, email, signInUrl, labels, notice, tabs, children }: ConsoleFrameProps) {
  return (
    <div className="console">
      <div className="console__bar">
        <dl className="console__who">
          {facts.map((fact) => (
            <div key={fact.term}>
              <dt>{fact.term}</dt>
              <dd>{fact.value}</dd>
            </div>
          ))}
          <div>
            <dt>{labels.signedInAs}</dt>
            <dd className="console__email">{email}</dd>
          </div>
        </dl>
        <SignOutButton signInUrl={signInUrl} labels={labels} />
      </div>
      {notice}
      {tabs.length > 0 && (
        <nav className="console__tabs" aria-label={labels.sections}>
          <ul>
            {tabs.map(({ label, ...link }) => (
              <li key={link.to}>
                <SectionLink {...link}>{label}</SectionLink>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {children}
    </div>
  );
}

interface ConsolePageProps {
  /** the page's name in its ids: "keys" → "keys-title" */
  name: string;
  /** the page's heading, and the document's title with the site's name */
  title: string;
  lead: ReactNode;
  /** beside the title, e.g. a "create" link */
  action?: ReactNode;
  children: ReactNode;
}

/** A console page: its title, what it is for, then the rest. */
export function ConsolePage({ name, title, lead, action, children }: ConsolePageProps) {
  const { t } = useI18n();
  useDocumentTitle(`${title} — ${t.siteName}`);
  const heading = (
    <h1 id={`${name}-title`} className="page__title">
      {title}
    </h1>
  );
  return (
    <section className="console-section" aria-labelledby={`${name}-title`}>
      {action ? (
        <div className="console-section__head">
          {heading}
          {action}
        </div>
      ) : (
        heading
      )}
      <p className="muted">{lead}</p>
      {children}
    </section>
  );
}

/** A list as the API sends it: plain, or a page of a connection (its `nodes`) or of a queue (its `items`). */
type Listed = readonly unknown[] | { nodes: readonly unknown[] } | { items: readonly unknown[] };

function sizeOf(data: Listed): number {
  if ('nodes' in data) return data.nodes.length;
  if ('items' in data) return data.items.length;
  return data.length;
}

interface QueryListProps<Data extends Listed> {
  /** what to show when the query failed (its QueryError), else nothing */
  failure: ReactNode;
  data: Data | undefined;
  /** said in place of an empty list */
  empty: string;
  children: (data: Data) => ReactNode;
}

/** A list read by a console page: its failure, "loading", its emptiness, or the list itself. */
export function QueryList<Data extends Listed>({ failure, data, empty, children }: QueryListProps<Data>) {
  if (failure) return failure;
  if (!data) return <Loading />;
  if (sizeOf(data) === 0) return <p className="console-empty">{empty}</p>;
  return children(data);
}
