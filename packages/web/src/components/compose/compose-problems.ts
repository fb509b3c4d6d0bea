// The API's refusals of a composeStack request (BAD_USER_INPUT with `reason`, `field` and `problems`), placed
// next to the field of the form they are about.

/** A field of the composer's form a problem can be about. */
export type ComposeField =
  | 'blueprint'
  | 'needs'
  | `need-${number}-category`
  | `need-${number}-quantity`
  | 'dataInVietnam'
  | 'domesticOnly'
  | 'framework'
  | 'minAvailability'
  | 'maxMonthlyTotal'
  | 'maxFirstYearTotal'
  | 'excludeVendors'
  | 'requireSecondSite'
  | 'maxVendors'
  | 'omitLayers';

export interface ComposeProblem {
  /** the path to the input at fault, e.g. ["input", "constraints", "maxVendors"]; null when it names none */
  field: readonly (string | number)[] | null;
  code: string;
  message?: string;
}

const CONSTRAINT_FIELDS: Record<string, ComposeField> = {
  dataInVietnam: 'dataInVietnam',
  domesticOnly: 'domesticOnly',
  verifiedFramework: 'framework',
  minAvailability: 'minAvailability',
  maxMonthlyTotal: 'maxMonthlyTotal',
  maxFirstYearTotal: 'maxFirstYearTotal',
  excludeVendors: 'excludeVendors',
  requireSecondSite: 'requireSecondSite',
  maxVendors: 'maxVendors',
  omitLayers: 'omitLayers',
};

/** The form's field a problem is about, from its path (with or without the leading "input"); null when none. */
export function composeField(field: readonly (string | number)[] | null): ComposeField | null {
  const path = (field ?? []).map(String);
  const start = path[0] === 'input' ? 1 : 0;
  const [head, second, third] = path.slice(start);
  if (head === 'blueprintSlug') return 'blueprint';
  if (head === 'constraints') return (second !== undefined && CONSTRAINT_FIELDS[second]) || null;
  if (head === 'needs') {
    if (second === undefined || !/^\d+$/.test(second)) return 'needs';
    return third === 'categorySlug' ? `need-${Number(second)}-category` : `need-${Number(second)}-quantity`;
  }
  return null;
}

/** The problems of a refusal (its list, or the refusal itself when it lists none). */
export function refusalProblems(extensions: Record<string, unknown>, message: string): ComposeProblem[] {
  const listed = extensions.problems;
  if (Array.isArray(listed) && listed.length > 0) {
    return listed.map((problem: { field?: unknown; code?: unknown; message?: unknown }) => ({
      field: Array.isArray(problem.field) ? (problem.field as (string | number)[]) : null,
      code: String(problem.code ?? extensions.reason ?? ''),
      message: typeof problem.message === 'string' ? problem.message : undefined,
    }));
  }
  const field = Array.isArray(extensions.field) ? (extensions.field as (string | number)[]) : typeof extensions.field === 'string' ? extensions.field.split('.') : null;
  return [{ field, code: String(extensions.reason ?? ''), message }];
}

/** The problems by the field they are about; those about no field of the form under null. */
export function problemsByField(problems: readonly ComposeProblem[]): Map<ComposeField | null, ComposeProblem[]> {
  const byField = new Map<ComposeField | null, ComposeProblem[]>();
  for (const problem of problems) {
    const key = composeField(problem.field);
    byField.set(key, [...(byField.get(key) ?? []), problem]);
  }
  return byField;
}

/** The id of a field's input in the composer's form (its error's id adds -error). */
export function fieldId(field: ComposeField): string {
  return `compose-${field}`;
}
