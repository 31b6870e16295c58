import { describe, expect, it } from "vitest";
import { credentialOf } from "../../src/api/auth.js";

const keys = ["first-key-0123456789", "second-key-0123456789"];

describe("credentialOf", () => {
  it("knows each configured key, sent as a bearer token in any case of 'Bearer'", () => {
    expect(credentialOf("Bearer first-key-0123456789", keys)).toBe("valid");
    expect(credentialOf("bearer second-key-0123456789", keys)).toBe("valid");
  });

  it("tells a missing key from a wrong one", () => {
    expect(credentialOf(undefined, keys)).toBe("none");
    expect(credentialOf("  ", keys)).toBe("none");
    expect(credentialOf("Bearer first-key-012345678", keys)).toBe("invalid");
    expect(credentialOf("Bearer first-key-0123456789x", keys)).toBe("invalid");
    expect(credentialOf("Basic Zmlyc3Q6a2V5", keys)).toBe("invalid");
    expect(credentialOf("first-key-0123456789", keys)).toBe("invalid");
  });

  it("accepts nothing when no keys are configured", () => {
    expect(credentialOf("Bearer first-key-0123456789", [])).toBe("invalid");
    expect(credentialOf("Bearer ", [])).toBe("invalid");
  });
});
