import type { Context } from "@twilio-labs/serverless-runtime-types/types";
import type { Twilio } from "twilio";
import { vi } from "vitest";
import type { HarborEnv } from "../src/functions/utils/env.private";

/** A Functions context with test values; `client` is whatever the test needs. */
export function testContext(client: Partial<Twilio> = {}): Context<HarborEnv> {
  return {
    getTwilioClient: vi.fn(() => client as Twilio),
    DOMAIN_NAME: "harbor-functions-4411-dev.twil.io",
    PATH: "/test",
    SERVICE_SID: "ZS123",
    ENVIRONMENT_SID: "ZE123",
    ACCOUNT_SID: "ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
    AUTH_TOKEN: "test-token",
    WORKSPACE_SID: "WSXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
    WORKFLOW_SID: "WW123",
    CALLBACK_WORKFLOW_SID: "WW456",
    SYNC_SERVICE_SID: "default",
    MESSAGING_SERVICE_SID: "MG123",
    VERIFY_SERVICE_SID: "VA123",
    CONVERSATIONS_SERVICE_SID: "IS123",
    STUDIO_SURVEY_FLOW_SID: "FW123",
    TWILIO_API_KEY: "SK123",
    TWILIO_API_SECRET: "secret",
    TWIML_APP_SID: "AP123",
    NURSE_LINE_NUMBER: "+15005550006",
  };
}

export function captureCallback() {
  const callback = vi.fn<(error: unknown, payload?: unknown) => void>();
  return { callback, result: () => callback.mock.calls[0]?.[1], error: () => callback.mock.calls[0]?.[0] };
}
