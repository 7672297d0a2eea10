import { DEFAULT_PAGE_LIMIT, type PageQuery } from '../../shared/backend-api.js';
import { ApiError } from './api-error.js';

/**
 * Keyset pagination: a list is read in its sort order, and a cursor holds the sort key of the last
 * item sent, so the next page starts right after it with an index seek — as fast on page 1,000 as
 * on page 1, and stable while new rows are added behind it. Cursors are base64url JSON; the
 * client treats them as opaque.
 */
export interface Page {
  limit: number;
  /** The sort key of the last item already sent, or null for the first page. */
  after: string[] | null;
}

export function pageFrom(query: PageQuery, keyLength: number): Page {
  return {
    limit: query.limit ?? DEFAULT_PAGE_LIMIT,
    after: query.cursor === undefined ? null : decode(query.cursor, keyLength),
  };
}

/**
 * Cuts rows read with limit + 1 to the page, and names the cursor of the next page when the
 * extra row shows there is one.
 */
export function pageOf<Row>(
  rows: readonly Row[],
  page: Page,
  keyOf: (row: Row) => string[],
): { items: Row[]; nextCursor: string | null } {
  if (rows.length <= page.limit) return { items: [...rows], nextCursor: null };
  const items = rows.slice(0, page.limit);
  const last = items[items.length - 1];
  return { items, nextCursor: last === undefined ? null : encode(keyOf(last)) };
}

function encode(key: readonly string[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

function decode(cursor: string, keyLength: number): string[] {
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    key = null;
  }
  if (!Array.isArray(key) || key.length !== keyLength || !key.every((part) => typeof part === 'string')) {
    throw new ApiError('bad_request', 'cursor: not a cursor this list gave out');
  }
  return key as string[];
}
