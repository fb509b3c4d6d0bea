// The composer's form as the buyer fills it in (text as typed), and the request it makes once checked.
// Pure, so it can be tested without a browser.
import type { ComposeField } from './compose-problems.ts';
import {
  MAX_NEED_QUANTITY,
  MAX_VENDORS,
  mergeNeeds,
  parseVnd,
  withNeeds,
  type ComposeState,
  type NeedValue,
  type StackLayerValue,
} from './compose-url.ts';

export interface DraftNeed {
  /** keeps a row's identity (and focus) while rows are added and removed */
  key: string;
  /** a category slug; '' until one is chosen */
  category: string;
  quantity: string;
}

export interface ComposeDraft {
  blueprint: string | null;
  /** null: the blueprint's needs, untouched */
  needs: DraftNeed[] | null;
  dataInVietnam: boolean;
  domesticOnly: boolean;
  framework: string | null;
  minAvailability: string | null;
  maxMonthlyTotal: string;
  maxFirstYearTotal: string;
  excludeVendors: string[];
  requireSecondSite: boolean;
  maxVendors: string;
  omitLayers: StackLayerValue[];
}

/** Why a field of the draft cannot be sent, as a key of the composer's texts. */
export type DraftError = 'quantityInvalid' | 'categoryMissing' | 'budgetInvalid' | 'maxVendorsInvalid' | 'needsRequired';

let nextKey = 0;
/** A fresh row key. */
export function needKey(): string {
  nextKey += 1;
  return `need-${nextKey}`;
}

export function draftNeeds(needs: readonly NeedValue[]): DraftNeed[] {
  return needs.map((need) => ({ key: needKey(), category: need.category, quantity: String(need.quantity) }));
}

/** The form showing a request (the one in the address). */
export function draftOf(state: ComposeState): ComposeDraft {
  const c = state.constraints;
  return {
    blueprint: state.blueprint,
    needs: state.needs === null ? null : draftNeeds(state.needs),
    dataInVietnam: c.dataInVietnam,
    domesticOnly: c.domesticOnly,
    framework: c.framework,
    minAvailability: c.minAvailability,
    maxMonthlyTotal: c.maxMonthlyTotal === null ? '' : String(c.maxMonthlyTotal),
    maxFirstYearTotal: c.maxFirstYearTotal === null ? '' : String(c.maxFirstYearTotal),
    excludeVendors: c.excludeVendors,
    requireSecondSite: c.requireSecondSite,
    maxVendors: c.maxVendors === null ? '' : String(c.maxVendors),
    omitLayers: c.omitLayers,
  };
}

function parseQuantity(text: string): number | null {
  const trimmed = text.trim().replace(/[.,\s]/g, '');
  if (!/^\d{1,7}$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return value >= 1 && value <= MAX_NEED_QUANTITY ? value : null;
}

/**
 * The request the form makes, or what is wrong with it, field by field. `blueprintNeeds` are the chosen
 * blueprint's needs (null while they are not known): needs left as the blueprint has them are sent as the
 * blueprint alone.
 */
export function checkDraft(
  draft: ComposeDraft,
  blueprintNeeds: readonly NeedValue[] | null,
): { state: ComposeState; errors: Map<ComposeField, DraftError> } {
  const errors = new Map<ComposeField, DraftError>();
  const needs: NeedValue[] = [];
  (draft.needs ?? []).forEach((need, index) => {
    const quantity = parseQuantity(need.quantity);
    if (need.category === '') errors.set(`need-${index}-category`, 'categoryMissing');
    if (quantity === null) errors.set(`need-${index}-quantity`, 'quantityInvalid');
    if (need.category !== '' && quantity !== null) needs.push({ category: need.category, quantity });
  });
  if (draft.needs !== null && draft.needs.length === 0) errors.set('needs', 'needsRequired');
  if (draft.needs === null && draft.blueprint === null) errors.set('needs', 'needsRequired');

  const budget = (field: 'maxMonthlyTotal' | 'maxFirstYearTotal') => {
    const text = draft[field].trim();
    if (text === '') return null;
    const amount = parseVnd(text);
    if (amount === null) errors.set(field, 'budgetInvalid');
    return amount;
  };
  const maxMonthlyTotal = budget('maxMonthlyTotal');
  const maxFirstYearTotal = budget('maxFirstYearTotal');
  const vendorsText = draft.maxVendors.trim();
  const maxVendors = vendorsText === '' ? null : /^\d{1,2}$/.test(vendorsText) && Number(vendorsText) >= 1 && Number(vendorsText) <= MAX_VENDORS ? Number(vendorsText) : null;
  if (vendorsText !== '' && maxVendors === null) errors.set('maxVendors', 'maxVendorsInvalid');

  const state: ComposeState = {
    blueprint: draft.blueprint,
    needs: null,
    constraints: {
      dataInVietnam: draft.dataInVietnam,
      domesticOnly: draft.domesticOnly,
      framework: draft.framework,
      minAvailability: draft.minAvailability,
      maxMonthlyTotal,
      maxFirstYearTotal,
      excludeVendors: [...draft.excludeVendors].sort(),
      requireSecondSite: draft.requireSecondSite,
      maxVendors,
      omitLayers: draft.omitLayers,
    },
  };
  return { state: draft.needs === null ? state : withNeeds(state, mergeNeeds(needs), blueprintNeeds), errors };
}
