import { useEffect } from 'react';

/** Sets the page's title; null leaves it to a component further down (a not-found notice) or to later. */
export function useDocumentTitle(title: string | null): void {
  useEffect(() => {
    if (title !== null) document.title = title;
  }, [title]);
}
