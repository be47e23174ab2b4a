#!/usr/bin/env node
// Checks that every *_SID variable in .env has the prefix its name promises.
require("dotenv").config();

const EXPECTED = {
  TWILIO_ACCOUNT_SID: "AC",
  TWILIO_API_KEY: "SK",
  TWILIO_MESSAGING_SERVICE_SID: "MG",
  TWILIO_WORKSPACE_SID: "WS",
  TWILIO_WORKFLOW_SID: "WW",
  TWILIO_SYNC_SERVICE_SID: "IS",
  TWILIO_VERIFY_SERVICE_SID: "VA",
  TWILIO_TWIML_APP_SID: "AP",
};

let failures = 0;
for (const [name, prefix] of Object.entries(EXPECTED)) {
  const value = process.env[name];
  const ok = typeof value === "string" && new RegExp(`^${prefix}[0-9a-f]{32}$`).test(value);
  if (!ok) {
    failures++;
    console.error(`${name} should look like ${prefix}${"x".repeat(32)}, got ${value ? value.slice(0, 6) + "…" : "nothing"}`);
  }
}
process.exitCode = failures ? 1 : 0;
