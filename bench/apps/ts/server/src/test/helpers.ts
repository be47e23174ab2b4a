import twilio, { type Twilio } from "twilio";
import { vi } from "vitest";

/** A real client that never reaches Twilio: for code that only builds requests or reads options. */
export const offlineClient = twilio("SK123", "not-a-secret", { accountSid: "AC123", autoRetry: false });

/** A client stub whose resource functions record what they were called with. */
export function fakeClient() {
  const update = vi.fn(async (params: object) => ({ sid: "CA123", ...params }));
  const fetch = vi.fn(async () => ({ sid: "CA123", status: "in-progress", parentCallSid: null }));
  const remove = vi.fn(async () => true);
  const create = vi.fn(async (params: object) => ({ sid: "SM123", ...params }));
  const calls = Object.assign(vi.fn(() => ({ update, fetch, remove, recordings: vi.fn(() => ({ update })) })), {
    create,
    list: vi.fn(async () => []),
  });
  const messages = Object.assign(vi.fn(() => ({ update, fetch, remove })), { create, list: vi.fn(async () => []) });
  const participants = Object.assign(vi.fn(() => ({ update, remove, fetch })), { create, list: vi.fn(async () => []) });
  const conferences = Object.assign(vi.fn(() => ({ update, participants, recordings: vi.fn(() => ({ update })) })), {
    list: vi.fn(async () => []),
  });
  const client = { calls, messages, conferences } as unknown as Twilio;
  return { client, calls, messages, conferences, participants, update, fetch, remove, create };
}
