// negotiator 1.x ships no types, and @types/negotiator describes 0.6, whose encoding() has no `preferred`.
declare module 'negotiator' {
  class Negotiator {
    constructor(request: { headers: Record<string, string | string[] | undefined> });
    /** The client's most preferred of `available` (ties go to the first of `preferred`); undefined when it takes none. */
    encoding(available: readonly string[], options?: { preferred?: readonly string[] }): string | undefined;
  }
  export = Negotiator;
}
