// Every string the site shows, in Vietnamese first and English second, kept by section in texts/: each
// section's English is typed by its Vietnamese, so the typecheck fails when one language lacks a key.
import { catalogTexts } from './texts/catalog.ts';
import { labelTexts } from './texts/labels.ts';
import { offeringTexts } from './texts/offering.ts';
import { reportTexts } from './texts/report.ts';
import { siteTexts } from './texts/site.ts';
import type { Lang } from './lang.ts';

export { LANGS, type Lang } from './lang.ts';

const vi = { ...siteTexts.vi, ...labelTexts.vi, ...catalogTexts.vi, ...offeringTexts.vi, ...reportTexts.vi };

export type Dictionary = typeof vi;

const en: Dictionary = { ...siteTexts.en, ...labelTexts.en, ...catalogTexts.en, ...offeringTexts.en, ...reportTexts.en };

export const dictionaries: Record<Lang, Dictionary> = { vi, en };
