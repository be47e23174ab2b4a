import { describe, expect, it, vi } from "vitest";
import type { Twilio } from "twilio";
import { twilioExecute, withClient } from "../src/functions/utils/twilio-execute.private";
import { testContext } from "./context";

describe("twilioExecute", () => {
  it("retries throttled requests", async () => {
    const request = vi
      .fn<(client: Twilio) => Promise<string>>()
      .mockRejectedValueOnce(Object.assign(new Error("Too Many Requests"), { status: 429 }))
      .mockResolvedValueOnce("WT123");
    await expect(twilioExecute(testContext(), request)).resolves.toBe("WT123");
    expect(request).toHaveBeenCalledTimes(2);
  });

  it("does not retry a 404", async () => {
    const request = vi.fn().mockRejectedValue(Object.assign(new Error("Not Found"), { status: 404 }));
    await expect(twilioExecute(testContext(), request)).rejects.toThrow("Not Found");
    expect(request).toHaveBeenCalledTimes(1);
  });

  it("hands the context's client to withClient callbacks", async () => {
    const fetch = vi.fn(async () => ({ sid: "CAXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", status: "completed" }));
    const calls = vi.fn(() => ({ fetch }));
    const run = withClient(testContext({ calls } as unknown as Partial<Twilio>));
    const call = await run((client) => client.calls("CAXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX").fetch());
    expect(call.status).toBe("completed");
    expect(calls).toHaveBeenCalledWith("CAXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX");
  });
});
