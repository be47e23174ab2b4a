import { describe, expect, it } from "vitest";
import type { HarborTask } from "../types";
import { conferenceSidOf, customerCallSid, displayName, isCallback } from "../utils/task";

function stubTask(overrides: Partial<HarborTask> = {}): HarborTask {
  return {
    sid: "WR123",
    taskSid: "WT123",
    status: "assigned",
    taskStatus: "assigned",
    attributes: { type: "inbound_call", from: "+15005550006", call_sid: "CA123" },
    taskChannelUniqueName: "voice",
    taskChannelSid: "TC123",
    queueName: "General",
    queueSid: "WQ123",
    workflowSid: "WW123",
    workerSid: "WK123",
    age: 30,
    dateCreated: new Date(0),
    sourceObject: { sid: "WR123", accept: async () => undefined, reject: async () => undefined },
    setAttributes: async () => undefined,
    ...overrides,
  };
}

describe("task helpers", () => {
  it("prefers the live customer leg", () => {
    const task = stubTask({
      conference: {
        conferenceSid: "CF7e6042375f829520eca117b2180a2b4b",
        liveParticipantCount: 2,
        participants: [
          { callSid: "CA3cbe195ccce739234c4c8b7e781a19db", participantType: "customer", status: "joined", onHold: false, muted: false },
          { callSid: "CAd48263de2c4a19bb966966901a1b15f6", participantType: "worker", workerSid: "WK123", status: "joined", onHold: false, muted: false },
        ],
      },
    });
    expect(customerCallSid(task)).toBe("CA3cbe195ccce739234c4c8b7e781a19db");
    expect(conferenceSidOf(task)).toBe("CF7e6042375f829520eca117b2180a2b4b");
  });

  it("falls back to the attributes", () => {
    const task = stubTask({
      attributes: { type: "inbound_call", from: "+15005550006", conference: { sid: "CFXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", participants: {} } },
    });
    expect(conferenceSidOf(task)).toBe("CFXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX");
    expect(customerCallSid(task)).toBeUndefined();
  });

  it("names the caller", () => {
    expect(displayName(stubTask())).toBe("+15005550006");
    expect(isCallback(stubTask({ attributes: { type: "callback", from: "+15005550006" } }))).toBe(true);
  });
});
