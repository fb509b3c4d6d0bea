// Checks of the web's dictionaries (Vietnamese first, English second) beyond their shape: an English entry
// left in Vietnamese, or left empty, fails.

/** A Vietnamese letter: a base letter with a combining mark once decomposed, or đ. */
const vietnameseLetter = /[\u0300-\u036f]|đ/i;

/** What English text keeps in Vietnamese wherever it appears: the site's name, the currency, a decree's reference. */
const keptInVietnamese = ['Mây Việt', 'đồng', 'QĐ-TTg'];

/** Whether a text has Vietnamese in it beyond the names English keeps. */
export function hasVietnamese(text: string): boolean {
  const rest = keptInVietnamese.reduce((remaining, kept) => remaining.replaceAll(kept, ''), text);
  return vietnameseLetter.test(rest.normalize('NFD'));
}

/** Each entry of a dictionary as the text it shows, by path; a function is called with sample arguments. */
function textsOf(value: unknown, path: string, into: Map<string, string>): Map<string, string> {
  if (typeof value === 'function') {
    into.set(path, rendered(value as (...args: unknown[]) => unknown, path));
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, inner] of Object.entries(value)) textsOf(inner, path ? `${path}.${key}` : key, into);
  } else {
    into.set(path, String(value));
  }
  return into;
}

/** A function entry's text: entries take counts or names, so numbers are tried first, then words. */
function rendered(entry: (...args: unknown[]) => unknown, path: string): string {
  for (const sample of [2, 'x']) {
    try {
      return String(entry(...Array<unknown>(entry.length || 1).fill(sample)));
    } catch {
      // the entry wants the other kind of argument
    }
  }
  throw new Error(`${path}: cannot render this entry with sample arguments`);
}

/**
 * What is wrong with the English side of a dictionary: entries empty in either language, English entries
 * with Vietnamese in them (except the paths in `vietnameseOnPurpose`), and English entries equal to a
 * Vietnamese text. Empty when the dictionary is fully translated.
 */
export function translationProblems(dictionaries: { vi: object; en: object }, vietnameseOnPurpose: Record<string, string> = {}): string[] {
  const vi = textsOf(dictionaries.vi, '', new Map());
  const en = textsOf(dictionaries.en, '', new Map());
  const problems: string[] = [];
  for (const [path, english] of en) {
    const vietnamese = vi.get(path) ?? '';
    if (!english.trim() || !vietnamese.trim()) problems.push(`${path}: empty`);
    else if (english === vietnamese && hasVietnamese(vietnamese)) problems.push(`${path}: “${english}” is the Vietnamese text`);
    else if (hasVietnamese(english) && !(path in vietnameseOnPurpose)) problems.push(`${path}: “${english}” is Vietnamese`);
  }
  return problems;
}
