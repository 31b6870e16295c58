import { describe, expect, it } from "vitest";
import { AppError } from "../../src/errors.js";
import { decodeCursor, encodeCursor, MAX_PAGE_SIZE, pageOf, pageWindow, toConnection } from "../../src/api/pagination.js";

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
