// Test doubles: stubs and placeholders are deliberate here and stay silent.
export const fakeAccount = { accountSid: "AC123", authToken: "test-token" };
export const fakeCall = { CallSid: "CAxxx", From: "+15555550100" };
export const docsPlaceholder = "ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX";
export const workerSid = "WK1";
