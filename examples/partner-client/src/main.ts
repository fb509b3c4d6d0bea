import { checked, createClient } from './client.ts';
import { graphql } from './graphql.ts';

// Who this key is, its five most recently changed listings, and a new draft listing, all typed from the schema.

const Viewer = graphql(`
  query Viewer {
    viewer {
      organization { vendor { slug name } }
      apiKey { prefix }
      scopes
    }
  }
`);

const MyOfferings = graphql(`
  query MyOfferings($first: Int!) {
    myOfferings(first: $first) {
      totalCount
      nodes { id name status version externalId category { slug } dataCenters { id } }
    }
  }
`);

const CreateDraft = graphql(`
  mutation CreateDraft($input: CreateOfferingInput!) {
    createOffering(input: $input) {
      offering { id slug status version }
      userErrors { field code message }
    }
  }
`);

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`set ${name}`);
  return value;
}

async function main(): Promise<number> {
  const client = createClient({ url: required('MAYVIET_URL'), key: required('MAYVIET_KEY') });

  const viewer = await client.query(Viewer, {});
  if (!viewer.ok) {
    console.error('viewer:', viewer.errors.map((error) => `${error.code} ${error.message}`).join('; '));
    return 1;
  }
  const { organization, apiKey, scopes } = viewer.data.viewer;
  console.log(`organization: ${organization?.vendor.slug ?? '(none)'}, key ${apiKey?.prefix ?? '(none)'}, scopes ${scopes.join(' ')}`);

  const listings = await client.query(MyOfferings, { first: 5 });
  if (!listings.ok) {
    console.error('myOfferings:', listings.errors.map((error) => error.code).join(', '));
    return 1;
  }
  console.log(`listings: ${listings.data.myOfferings.totalCount}`);
  for (const listing of listings.data.myOfferings.nodes) {
    console.log(`- ${listing.status} v${listing.version} ${listing.name}`);
  }

  const created = await client.mutate(CreateDraft, {
    input: {
      name: 'Chữ ký số từ xa',
      summary: 'Ký hợp đồng và hóa đơn điện tử từ xa.',
      description: 'Chữ ký số từ xa theo Nghị định 130, dùng qua trình duyệt và ứng dụng di động.',
      kind: 'SAAS',
      categorySlug: listings.data.myOfferings.nodes[0]?.category.slug ?? 'accounting',
      dataCenterIds: listings.data.myOfferings.nodes[0]?.dataCenters.map((dataCenter) => dataCenter.id) ?? [],
      plans: [{ name: 'Gói 100 lượt ký', price: '200000', unit: 'MONTH' }],
    },
  });
  if (!created.ok) {
    console.error('createOffering:', created.errors.map((error) => error.code).join(', '));
    return 1;
  }
  const draft = checked(created.data.createOffering);
  if (!draft.ok) {
    console.error('createOffering:', draft.userErrors.map((error) => `${error.code} at ${error.field?.join('.')}: ${error.message}`).join('; '));
    return 1;
  }
  console.log(`created: ${draft.payload.offering?.status} v${draft.payload.offering?.version} ${draft.payload.offering?.slug}`);
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
