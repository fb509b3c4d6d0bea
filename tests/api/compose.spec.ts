import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roomyBudget, startServer, type TestServer } from '../support/server.ts';
import { rows } from '../support/sql.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startServer({ settings: roomyBudget });
});
afterAll(() => server.close());

const compositionQuery = `query($input: ComposeStackInput!) {
  composeStack(input: $input) {
    needs { category { slug } quantity note noteEn }
    alternatives {
      label labelEn objective
      items { quantity redundancyGroup plan { id } offering { id slug kind vendor { id slug domestic } dataCenters { city countryCode } category { slug } } }
      reasons { plan { id } purpose category { slug } layer message messageEn }
      evaluation {
        monthlyTotal { amount } oneTimeTotal { amount } firstYearTotal { amount } compositeAvailability dataInVietnam
        vendors { id slug }
        issues { code }
        lines { redundancyGroup plan { id } }
      }
    }
    blockers
    blockerDetails { constraint category { slug } relaxedMonthlyTotal { amount } relaxedFirstYearTotal { amount } message messageEn }
  }
}`;

interface Composed {
  label: string;
  labelEn: string;
  objective: string;
  items: {
    quantity: number;
    redundancyGroup: string | null;
    plan: { id: string };
    offering: {
      id: string;
      slug: string;
      kind: string;
      vendor: { id: string; slug: string; domestic: boolean };
      dataCenters: { city: string; countryCode: string }[];
      category: { slug: string };
    };
  }[];
  reasons: { plan: { id: string }; purpose: string; category: { slug: string }; layer: string | null; message: string; messageEn: string }[];
  evaluation: {
    monthlyTotal: { amount: string };
    oneTimeTotal: { amount: string };
    firstYearTotal: { amount: string };
    compositeAvailability: string | null;
    dataInVietnam: boolean;
    vendors: { id: string; slug: string }[];
    issues: { code: string }[];
    lines: { redundancyGroup: string | null; plan: { id: string } }[];
  };
}

interface Composition {
  needs: { category: { slug: string }; quantity: number; note: string | null; noteEn: string | null }[];
  alternatives: Composed[];
  blockers: string[];
  blockerDetails: {
    constraint: string;
    category: { slug: string } | null;
    relaxedMonthlyTotal: { amount: string } | null;
    relaxedFirstYearTotal: { amount: string } | null;
    message: string;
    messageEn: string;
  }[];
}

async function compose(input: Record<string, unknown>): Promise<Composition> {
  const response = await server.gql(compositionQuery, { input });
  expect(response.errors).toBeUndefined();
  return response.data.composeStack;
}

async function composeError(input: Record<string, unknown>) {
  const response = await server.gql(compositionQuery, { input });
  expect(response.status).not.toBe(500);
  expect(response.errors, 'the request is refused').toBeDefined();
  return response.errors![0]! as { message: string; extensions: { code: string; reason: string; field: string[]; problems: { code: string; field: string[] }[] } };
}

const codes = (alternative: Composed) => alternative.evaluation.issues.map((issue) => issue.code);
const firstYear = (alternative: Composed) => BigInt(alternative.evaluation.firstYearTotal.amount);

describe('composeStack', () => {
  it('composes the needs asked, each line with its reason', async () => {
    const result = await compose({ needs: [{ categorySlug: 'compute', quantity: 4 }, { categorySlug: 'email', quantity: 50 }] });
    expect(result.blockers).toEqual([]);
    expect(result.needs).toEqual([
      { category: { slug: 'compute' }, quantity: 4, note: null, noteEn: null },
      { category: { slug: 'email' }, quantity: 50, note: null, noteEn: null },
    ]);
    expect(result.alternatives.length).toBeGreaterThan(0);
    for (const alternative of result.alternatives) {
      expect(alternative.reasons.map((reason) => reason.plan.id)).toEqual(alternative.items.map((item) => item.plan.id));
      const need = alternative.reasons.find((reason) => reason.purpose === 'NEED' && reason.category.slug === 'compute')!;
      expect(need.message).toBe('Phục vụ nhu cầu «Máy chủ ảo»: 4 máy chủ');
      expect(need.messageEn).toBe('Serves the need Compute (virtual servers): 4 servers');
      expect(alternative.reasons.find((reason) => reason.category.slug === 'email')!.messageEn).toBe('Serves the need E-mail: 50 mailboxes');
      expect(codes(alternative).filter((code) => code === 'UNMET_REQUIREMENT' || code.startsWith('MISSING_'))).toEqual([]);
    }
  });
});

export { composeError, firstYear, rows, sql };
