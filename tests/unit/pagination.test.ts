import { describe, expect, it } from "vitest";
import { AppError } from "../../src/errors.js";
import {
  decodeCursor,
  decodeKeyCursor,
  encodeCursor,
  encodeKeyCursor,
  keyWindow,
  MAX_PAGE_SIZE,
  pageOf,
  pageWindow,
  toConnection,
  toKeyConnection,
} from "../../src/api/pagination.js";

describe("Relay pages", () => {
  it("starts after the cursor's position", () => {
    expect(pageWindow(10, null)).toEqual({ offset: 0, first: 10 });
    expect(pageWindow(10, encodeCursor(9))).toEqual({ offset: 10, first: 10 });
    expect(decodeCursor(encodeCursor(123))).toBe(123);
  });

  it("rejects page sizes outside 1..MAX_PAGE_SIZE and cursors it did not issue", () => {
    for (const first of [0, -1, MAX_PAGE_SIZE + 1, 1.5]) {
      expect(() => pageWindow(first, null)).toThrow(AppError);
    }
    expect(pageWindow(MAX_PAGE_SIZE, null).first).toBe(MAX_PAGE_SIZE);
    for (const cursor of ["", "abc", Buffer.from("pg1:-1").toString("base64url"), Buffer.from("offset:3").toString("base64url")]) {
      expect(() => decodeCursor(cursor), cursor).toThrow(/not a cursor/);
    }
  });

  it("says whether another page follows, and where this one ends", () => {
    const middle = toConnection({ totalCount: 5, offset: 2, items: ["c", "d"] }, (name) => ({ name }));
    expect(middle.totalCount).toBe(5);
    expect(middle.edges).toEqual([
      { name: "c", cursor: encodeCursor(2) },
      { name: "d", cursor: encodeCursor(3) },
    ]);
    expect(middle.pageInfo).toEqual({ hasNextPage: true, endCursor: encodeCursor(3) });
    const last = toConnection({ totalCount: 5, offset: 4, items: ["e"] }, (name) => ({ name }));
    expect(last.pageInfo).toEqual({ hasNextPage: false, endCursor: encodeCursor(4) });
    expect(toConnection({ totalCount: 0, offset: 0, items: [] }, (name) => ({ name })).pageInfo).toEqual({ hasNextPage: false, endCursor: null });
  });

  it("cuts a page out of a whole list, counting the whole", () => {
    expect(pageOf(["a", "b", "c", "d", "e"], { offset: 2, first: 2 })).toEqual({ totalCount: 5, offset: 2, items: ["c", "d"] });
    expect(pageOf(["a"], { offset: 3, first: 2 })).toEqual({ totalCount: 1, offset: 3, items: [] });
  });
});

describe("keyset pages (lists in name order)", () => {
  it("starts after the cursor's name and id", () => {
    expect(keyWindow(10, null)).toEqual({ after: null, first: 10 });
    const key = { name: 'Al-Shabaab "Youth" [Somalia]', id: "group:al-shabaab" };
    expect(keyWindow(10, encodeKeyCursor(key))).toEqual({ after: key, first: 10 });
  });

  it("rejects page sizes and cursors as ranked pages do, positional cursors included", () => {
    for (const first of [0, MAX_PAGE_SIZE + 1]) expect(() => keyWindow(first, null)).toThrow(AppError);
    for (const cursor of ["", "abc", encodeCursor(3), Buffer.from("pk1:[1,2]").toString("base64url"), Buffer.from('pk1:["a"]').toString("base64url")]) {
      expect(() => decodeKeyCursor(cursor), cursor).toThrow(/not a cursor/);
    }
    expect(() => decodeCursor(encodeKeyCursor({ name: "a", id: "b" }))).toThrow(/not a cursor/);
  });

  it("ends each page at its last node's key", () => {
    const nodes = [
      { name: "Egypt", id: "state:EGY" },
      { name: "Jordan", id: "state:JOR" },
    ];
    const connection = toKeyConnection({ totalCount: 5, items: nodes, hasNextPage: true });
    expect(connection.edges.map((edge) => edge.cursor)).toEqual(nodes.map(encodeKeyCursor));
    expect(connection.pageInfo).toEqual({ hasNextPage: true, endCursor: encodeKeyCursor(nodes[1]!) });
    expect(toKeyConnection({ totalCount: 5, items: [], hasNextPage: false }).pageInfo).toEqual({ hasNextPage: false, endCursor: null });
  });
});
