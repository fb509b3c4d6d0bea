import { usePageMeta } from './page-meta.tsx';

/** Sets the page's title alone (pages the browser renders); null leaves it to a component further down or to later. */
export function useDocumentTitle(title: string | null): void {
  usePageMeta(title === null ? null : { title });
}
