/**
 * The backend answers lists a page at a time (cursor pagination, docs/api.md); the screens show
 * whole lists (the X and Z report, the manager's shifts and activities). These helpers read every
 * page (the largest the backend serves, MAX_PAGE_LIMIT, unless the client is told otherwise) and join them.
 */
import type { Result } from '../../shared/terminal-api.js';

/** Stops a backend that kept answering with more pages: 1,000 pages of 1,000 items is far past any day. */
const MAX_PAGES = 1_000;

/** `?limit=…&cursor=…` (plus any other parameters) for one page. */
export function pageParams(cursor: string | null, limit: number, other: Record<string, string> = {}): string {
  const params = new URLSearchParams({ ...other, limit: String(limit) });
  if (cursor !== null) params.set('cursor', cursor);
  return params.toString();
}

/**
 * Asks for the first page, then for each next one while the last answer names a cursor, and
 * folds each page into the first. The first failure is the answer.
 */
export async function allPages<P>(
  fetchPage: (cursor: string | null) => Promise<Result<P>>,
  nextCursorOf: (page: P) => string | null,
  join: (sofar: P, next: P) => P,
): Promise<Result<P>> {
  const first = await fetchPage(null);
  if (!first.ok) return first;
  let joined = first.value;
  let cursor = nextCursorOf(first.value);
  for (let pages = 1; cursor !== null; pages++) {
    if (pages >= MAX_PAGES) {
      return { ok: false, error: { code: 'internal_error', message: `the list ran past ${MAX_PAGES} pages` } };
    }
    const next = await fetchPage(cursor);
    if (!next.ok) return next;
    joined = join(joined, next.value);
    cursor = nextCursorOf(next.value);
  }
  return { ok: true, value: joined };
}
