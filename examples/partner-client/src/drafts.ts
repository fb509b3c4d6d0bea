// example: list your drafts with the typed client
import { createClient } from './client.ts';
import { graphql } from './graphql.ts';

const Drafts = graphql(`
  query Drafts($first: Int!) {
    myOfferings(first: $first, status: DRAFT) { totalCount nodes { id name version updatedAt } }
  }
`);

async function main() {
  const client = createClient({ url: process.env.MAYVIET_URL ?? '', key: process.env.MAYVIET_KEY ?? '' });
  const result = await client.query(Drafts, { first: 5 });
  if (!result.ok) throw new Error(result.errors.map((error) => `${error.code}: ${error.message}`).join('; '));
  for (const draft of result.data.myOfferings.nodes) console.log(`${draft.name} (v${draft.version}, ${draft.updatedAt})`);
  console.log(`${result.data.myOfferings.totalCount} drafts`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
