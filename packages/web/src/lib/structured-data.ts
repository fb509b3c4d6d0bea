// schema.org objects for JSON-LD (see usePageMeta): what search engines read beside a page's text.

export const SCHEMA_CONTEXT = 'https://schema.org';

/** The trail from the home page down to this page, as the page's own breadcrumb shows it. */
export function breadcrumbList(items: { name: string; url: string }[]): Record<string, unknown> {
  return {
    '@context': SCHEMA_CONTEXT,
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, index) => ({ '@type': 'ListItem', position: index + 1, name: item.name, item: item.url })),
  };
}
