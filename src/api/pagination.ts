import { AppError } from "../errors.js";

export const DEFAULT_PAGE_SIZE = 100;
const MAX_PAGE_SIZE = 1000;

export function checkPageSize(first: number): number {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw new AppError("BAD_USER_INPUT", `first must be between 1 and ${MAX_PAGE_SIZE}, got ${first}`);
  }
  return first;
}
