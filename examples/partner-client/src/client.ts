import { randomUUID } from 'node:crypto';
import type { TadaDocumentNode } from 'gql.tada';
import { print } from 'graphql';

/** A request-level error of the Partner API (`errors[].extensions.code`: UNAUTHENTICATED, FORBIDDEN, RATE_LIMITED…). */
export interface RequestError {
  message: string;
  code: string;
}

/** What a mutation's payload says to fix (`userErrors`); `code` is one of the schema's UserErrorCode values. */
export interface UserError {
  field: readonly string[] | null;
  message: string;
  code: string;
}

/** Either the data of a query, or why there is none: the caller must look before using it. */
export type Result<Data> = { ok: true; data: Data } | { ok: false; errors: RequestError[]; status: number };

export interface ClientOptions {
  /** The marketplace, e.g. https://mayviet.vn (the API is POST <url>/graphql). */
  url: string;
  /** An API key, `mv_live_…` or `mv_test_…`. */
  key: string;
}

export interface MutationOptions {
  /** Send the same key when retrying the same mutation: the marketplace answers it once. A new one by default. */
  idempotencyKey?: string;
}

/** A typed Partner API client: `query` and `mutate` take gql.tada documents, so results and variables are typed. */
export function createClient({ url, key }: ClientOptions) {
  async function send<Data, Variables>(
    document: TadaDocumentNode<Data, Variables>,
    variables: Variables,
    headers: Record<string, string>,
  ): Promise<Result<Data>> {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key}`, ...headers },
      body: JSON.stringify({ query: print(document), variables }),
    });
    const body = (await response.json()) as {
      data?: Data | null;
      errors?: { message: string; extensions?: { code?: string } }[];
    };
    if (body.errors?.length || body.data == null) {
      const errors = (body.errors ?? []).map((error) => ({ message: error.message, code: error.extensions?.code ?? 'INTERNAL_SERVER_ERROR' }));
      return { ok: false, errors, status: response.status };
    }
    return { ok: true, data: body.data };
  }

  return {
    query<Data, Variables>(document: TadaDocumentNode<Data, Variables>, variables: Variables): Promise<Result<Data>> {
      return send(document, variables, {});
    },
    mutate<Data, Variables>(
      document: TadaDocumentNode<Data, Variables>,
      variables: Variables,
      options: MutationOptions = {},
    ): Promise<Result<Data>> {
      return send(document, variables, { 'idempotency-key': options.idempotencyKey ?? randomUUID() });
    },
  };
}

/** A payload's userErrors as a result: `ok` with the payload when there are none. */
export function checked<Payload extends { userErrors: readonly UserError[] }>(
  payload: Payload,
): { ok: true; payload: Payload } | { ok: false; userErrors: readonly UserError[] } {
  return payload.userErrors.length === 0 ? { ok: true, payload } : { ok: false, userErrors: payload.userErrors };
}
