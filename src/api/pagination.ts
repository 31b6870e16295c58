/**
 * Relay-style pages. Cursors are opaque base64url strings of a versioned position: in a ranked or
 * derived list (paths, search, claims, camps, control periods) its index, "pg1:<n>"; in a list of
 * stored nodes in name order (actors, locations, a camp's members) the name and id of the last node,
 * "pk1:[name,id]", so the next page is an index seek past that key (keyset), not a skip over the
 * ones before. `first` outside 1..MAX_PAGE_SIZE and cursors this API did not issue are BAD_USER_INPUT,
 * not clamped, so a client never silently gets less than it asked for.
 */
import { AppError } from "../errors.js";
import type { KeyPage, KeyWindow, NameKey, Page, PageWindow } from "../graph/analysis.js";

export const DEFAULT_CONNECTION_SIZE = 50;
export const MAX_PAGE_SIZE = 200;

const CURSOR_PREFIX = "pg1:";
const KEY_CURSOR_PREFIX = "pk1:";

export interface Connection<Node> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: (Node & { cursor: string })[];
}

export function checkPageSize(first: number): number {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw new AppError("BAD_USER_INPUT", `first must be between 1 and ${MAX_PAGE_SIZE}, got ${first}`);
  }
  return first;
}

/** The window `first`/`after` ask for in a ranked list. */
export function pageWindow(first: number, after: string | null | undefined): PageWindow {
  return { offset: after == null ? 0 : decodeCursor(after) + 1, first: checkPageSize(first) };
}

/** The window `first`/`after` ask for in a name-ordered list. */
export function keyWindow(first: number, after: string | null | undefined): KeyWindow {
  return { after: after == null ? null : decodeKeyCursor(after), first: checkPageSize(first) };
}

export function encodeCursor(position: number): string {
  return Buffer.from(`${CURSOR_PREFIX}${position}`).toString("base64url");
}

export function decodeCursor(cursor: string): number {
  const decoded = Buffer.from(cursor, "base64url").toString();
  const position = Number(decoded.slice(CURSOR_PREFIX.length));
  if (!decoded.startsWith(CURSOR_PREFIX) || !Number.isSafeInteger(position) || position < 0) throw notACursor(cursor);
  return position;
}

export function encodeKeyCursor({ name, id }: NameKey): string {
  return Buffer.from(`${KEY_CURSOR_PREFIX}${JSON.stringify([name, id])}`).toString("base64url");
}

export function decodeKeyCursor(cursor: string): NameKey {
  const decoded = Buffer.from(cursor, "base64url").toString();
  const key = decoded.startsWith(KEY_CURSOR_PREFIX) ? parseKey(decoded.slice(KEY_CURSOR_PREFIX.length)) : null;
  if (key === null) throw notACursor(cursor);
  return key;
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

/** A keyset page as a connection whose edges are `{ node }`. */
export function toKeyConnection<Node extends NameKey>(page: KeyPage<Node>): Connection<{ node: Node }> {
  const edges = page.items.map((node) => ({ node, cursor: encodeKeyCursor(node) }));
  return { totalCount: page.totalCount, pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null }, edges };
}

export function emptyPage<Item>(window: PageWindow): Page<Item> {
  return { totalCount: 0, offset: window.offset, items: [] };
}

/** The window of a list already whole in memory, for lists a filter must see entirely before paging. */
export function pageOf<Item>(items: readonly Item[], window: PageWindow): Page<Item> {
  return { totalCount: items.length, offset: window.offset, items: items.slice(window.offset, window.offset + window.first) };
}

function parseKey(text: string): NameKey | null {
  try {
    const key: unknown = JSON.parse(text);
    return Array.isArray(key) && key.length === 2 && key.every((part) => typeof part === "string") ? { name: key[0], id: key[1] } : null;
  } catch {
    return null;
  }
}

function notACursor(cursor: string): AppError {
  return new AppError("BAD_USER_INPUT", `after: "${cursor}" is not a cursor from this API`);
}
