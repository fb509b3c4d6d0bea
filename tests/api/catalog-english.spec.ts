import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roomyBudget, startServer, type TestServer } from '../support/server.ts';

// The seeded catalogue reads in English: every offering has an English description and summary, an
// English name unless its name is already language-neutral (a brand), English plan names where a plan's
// name is Vietnamese, and requirement texts in one language each.

interface SeededOffering {
  slug: string;
  name: string;
  nameEn: string | null;
  summary: string;
  summaryEn: string;
  description: string;
  descriptionEn: string | null;
  plans: { name: string; nameEn: string | null }[];
  requirements: { description: string; descriptionEn: string | null }[];
}

let server: TestServer;
let offerings: SeededOffering[];
beforeAll(async () => {
  server = await startServer({ settings: roomyBudget });
  offerings = [];
  let after: string | null = null;
  do {
    const response: { data: any; errors?: unknown } = await server.gql(
      `query($after: String) { offerings(first: 100, after: $after, sort: NAME) {
        pageInfo { hasNextPage endCursor }
        nodes { slug name nameEn summary summaryEn description descriptionEn plans { name nameEn } requirements { description descriptionEn } } } }`,
      { after },
    );
    expect(response.errors).toBeUndefined();
    offerings.push(...response.data.offerings.nodes);
    after = response.data.offerings.pageInfo.hasNextPage ? response.data.offerings.pageInfo.endCursor : null;
  } while (after);
});
afterAll(() => server.close());

/** A letter only Vietnamese writes (a vowel with its marks, đ): text with one is not English. */
const vietnameseLetter = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;
/** Vietnamese words plan names use without a mark. */
const vietnameseWord = /\b(theo|goi|ban)\b/i;
const isVietnamese = (text: string) => vietnameseLetter.test(text) || vietnameseWord.test(text);
/** Proper names English keeps as Vietnamese write them: places and brands. */
const properNames = /Hà Nội|Bình Dương|Đà Nẵng|Cần Thơ|Sức Khỏe Số|Mây Việt/g;
const isEnglish = (text: string) => !isVietnamese(text.replace(properNames, ''));

describe('the seeded catalogue in English', () => {
  it('has at least 80 published offerings to check', () => {
    expect(offerings.length).toBeGreaterThanOrEqual(80);
  });

  it('describes every offering in English, beside its Vietnamese summary and description', () => {
    const missing = offerings.filter((o) => !o.descriptionEn?.trim() || !o.summaryEn.trim()).map((o) => o.slug);
    expect(missing).toEqual([]);
    for (const o of offerings) {
      expect(o.descriptionEn, o.slug).not.toBe(o.description);
      expect(o.descriptionEn!.length, o.slug).toBeGreaterThan(40);
      expect(isEnglish(o.descriptionEn!), o.descriptionEn!).toBe(true);
      expect(isEnglish(o.summaryEn), o.summaryEn).toBe(true);
    }
  });

  it('names in English every offering and plan whose name is Vietnamese, and leaves brand names as they are', () => {
    expect(offerings.filter((o) => isVietnamese(o.name) && !o.nameEn).map((o) => o.name)).toEqual([]);
    const plans = offerings.flatMap((o) => o.plans.map((plan) => ({ offering: o.slug, ...plan })));
    expect(plans.filter((plan) => isVietnamese(plan.name) && !plan.nameEn).map((plan) => `${plan.offering}: ${plan.name}`)).toEqual([]);
    // An English name is English.
    expect(offerings.filter((o) => o.nameEn && !isEnglish(o.nameEn)).map((o) => o.nameEn)).toEqual([]);
    expect(plans.filter((plan) => plan.nameEn && !isEnglish(plan.nameEn)).map((plan) => plan.nameEn)).toEqual([]);
    // A language-neutral name has no English copy of itself.
    expect(offerings.filter((o) => o.nameEn === o.name).map((o) => o.slug)).toEqual([]);
    expect(plans.filter((plan) => plan.nameEn === plan.name).map((plan) => plan.name)).toEqual([]);
  });

  it('writes each requirement once in Vietnamese and once in English, never the two in one text', () => {
    const requirements = offerings.flatMap((o) => o.requirements.map((r) => ({ offering: o.slug, ...r })));
    expect(requirements.length).toBeGreaterThan(10);
    for (const r of requirements) {
      expect(r.descriptionEn, r.offering).toBeTruthy();
      expect(r.description, r.offering).not.toMatch(/\((needs|protects|node|encrypts|monitors|replicates)\b/i);
      expect(isEnglish(r.descriptionEn!), r.descriptionEn!).toBe(true);
    }
  });
});
