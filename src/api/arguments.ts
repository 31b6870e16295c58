/** Checks of argument values GraphQL's types cannot express; failures are BAD_USER_INPUT. */
import { AppError } from "../errors.js";

const ISO_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** An ISO 8601 date of any precision ("2014", "2019-04", "2020-01-07"), or null. */
export function checkDate(name: string, value: string | null | undefined): string | null {
  if (value == null) return null;
  if (!ISO_DATE.test(value)) throw new AppError("BAD_USER_INPUT", `${name} must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD), got ${JSON.stringify(value)}`);
  return value;
}

export function checkRange(name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new AppError("BAD_USER_INPUT", `${name} must be between ${min} and ${max}, got ${value}`);
  }
  return value;
}
