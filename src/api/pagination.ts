/**
 * Relay-style pages. Cursors are opaque (base64url of a position in the field's stable order);
 * `first` outside 1..MAX_PAGE_SIZE and cursors this API did not issue are BAD_USER_INPUT, not clamped,
 * so a client never silently gets less than it asked for.
 */
import { AppError } from "../errors.js";
import type { Page, PageWindow } from "../graph/analysis.js";

/** Plain lists (actors, locations) predate connections and keep their own, larger limit. */
export const DEFAULT_PAGE_SIZE = 100;
const MAX_LIST_SIZE = 1000;

export const DEFAULT_CONNECTION_SIZE = 50;
export const MAX_PAGE_SIZE = 200;

const CURSOR_PREFIX = "pg1:";

export interface Connection<Node> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: (Node & { cursor: string })[];
}

export function checkPageSize(first: number): number {
  if (!Number.isInteger(first) || first < 1 || first > MAX_LIST_SIZE) {
    throw new AppError("BAD_USER_INPUT", `first must be between 1 and ${MAX_LIST_SIZE}, got ${first}`);
  }
  return first;
}

/** The window `first`/`after` ask for. */
export function pageWindow(first: number, after: string | null | undefined): PageWindow {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw new AppError("BAD_USER_INPUT", `first must be between 1 and ${MAX_PAGE_SIZE}, got ${first}`);
  }
  return { offset: after == null ? 0 : decodeCursor(after) + 1, first };
}

export function encodeCursor(position: number): string {
  return Buffer.from(`${CURSOR_PREFIX}${position}`).toString("base64url");
}

export function decodeCursor(cursor: string): number {
  const decoded = Buffer.from(cursor, "base64url").toString();
  const position = Number(decoded.slice(CURSOR_PREFIX.length));
  if (!decoded.startsWith(CURSOR_PREFIX) || !Number.isSafeInteger(position) || position < 0) {
    throw new AppError("BAD_USER_INPUT", `after: "${cursor}" is not a cursor from this API`);
  }
  return position;
}

/** A page as a connection; `toEdge` shapes each item into the edge's fields other than the cursor. */
export function toConnection<Item, Edge>(page: Page<Item>, toEdge: (item: Item) => Edge): Connection<Edge> {
  const edges = page.items.map((item, index) => ({ ...toEdge(item), cursor: encodeCursor(page.offset + index) }));
  return {
    totalCount: page.totalCount,
    pageInfo: { hasNextPage: page.offset + page.items.length < page.totalCount, endCursor: edges.at(-1)?.cursor ?? null },
    edges,
  };
}

export function emptyPage<Item>(window: PageWindow): Page<Item> {
  return { totalCount: 0, offset: window.offset, items: [] };
}

/** The window of a list already whole in memory, for lists a filter must see entirely before paging. */
export function pageOf<Item>(items: readonly Item[], window: PageWindow): Page<Item> {
  return { totalCount: items.length, offset: window.offset, items: items.slice(window.offset, window.offset + window.first) };
}
