import twilio from "twilio";
import { describe, expect, it } from "vitest";
import { typedClient } from "../../src/twilio.js";

describe("typedClient", () => {
  it("returns the client it is given: the typed client is a type, nothing at run time", () => {
    const client = twilio("AC0123456789abcdef0123456789abcdef", "token");
    expect(typedClient(client)).toBe(client);
  });
});
