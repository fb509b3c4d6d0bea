import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Db } from '@mayviet/db';
import type { Context } from '../../context.ts';
import type { Actor } from '../../modules/accounts/actor.ts';
import type { CatalogReads } from '../../modules/catalog/cache.ts';
import type { PageRequest } from '../pages.ts';

/** A request as every route sees it: the exchange, its parsed URL, and what the server tracks of it. */
export interface RouteRequest extends PageRequest {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
}

/** What a route did with a request it answered: the SQL statements it ran, for the request's log line, where it counts them. */
export interface Answered {
  statements?: number;
}

/** Answers the requests that are its own; null passes the request to the next route. */
export type Route = (request: RouteRequest) => Promise<Answered | null> | Answered | null;

/**
 * The context resolvers and services get for a request, as `actor`, reading through `db` (by default the
 * database's own); the catalog's searches read through `catalogReads()` when it gives them a cache.
 */
export type ContextOf = (req: IncomingMessage, request: PageRequest, actor: Actor, db?: Db, catalogReads?: () => CatalogReads | null) => Context;

/** A refusal of the HTTP layer (body too large, not JSON…), answered with its status and code. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export const readsOnly = (req: IncomingMessage) => req.method === 'GET' || req.method === 'HEAD';

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.setHeader('content-length', Buffer.byteLength(text));
  res.end(text);
}

export function notFound(res: ServerResponse, pathname: string): void {
  sendJson(res, 404, { error: { code: 'NOT_FOUND', message: `Nothing here: ${pathname}. The API is at /graphql.` } });
}
