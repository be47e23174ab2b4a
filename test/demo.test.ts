import { relative } from "node:path";
import { describe, expect, it } from "vitest";
import { EXAMPLES_DIR, expectedMistakes, lintExamples } from "../scripts/examples.js";

describe("npm run demo", () => {
  it("reports exactly the deliberate mistakes marked in examples/, and nothing else", async () => {
    const results = await lintExamples();
    const found = results.flatMap((result) =>
      result.messages.map((message) => ({
        file: relative(EXAMPLES_DIR, result.filePath),
        line: message.line,
        ruleId: message.ruleId,
        message: message.message,
      })),
    );
    const expected = expectedMistakes().map((mistake) => ({
      file: relative(EXAMPLES_DIR, mistake.filePath),
      line: mistake.line,
      ruleId: mistake.ruleId,
    }));
    const byPlace = (a: { file: string; line: number }, b: { file: string; line: number }) =>
      a.file.localeCompare(b.file) || a.line - b.line;
    expect(found.map(({ file, line, ruleId }) => ({ file, line, ruleId })).sort(byPlace)).toEqual(expected.sort(byPlace));
    expect(found.map(({ file, line, message }) => `${file}:${line} ${message}`)).toEqual(EXPECTED_MESSAGES);
  });
});

const EXPECTED_MESSAGES = [
  ".env.example:6 `TWILIO_MESSAGING_SERVICE_SID` holds a Phone Number (Incoming / Outgoing Caller ID / sender) SID (`PN2b6e...a7b`); the name expects a Messaging Service SID (MG).",
  ".github/workflows/deploy.yml:13 `WQxxxx...xxx` is a placeholder of 33 characters; a placeholder for a Task Queue (TaskRouter) SID is WQ followed by 32 X's (34 characters).",
  "README.md:17 `WSf6ac...546` is 33 characters; a Workspace (TaskRouter) SID is WS followed by 32 hex digits (34 characters).",
  "config/twilio.json:6 `workflow_sid` holds a Workspace (TaskRouter) SID (`WSf6ac...46a`); the name expects a Workflow (TaskRouter) SID (WW).",
  "functions/forward-call.js:7 `conference.participants()` takes a Call SID (CA...); `SM...` is a Message SID.",
  "src/config.js:8 `fallbackAccountSid` holds an API Key SID (`SK0f14...bc6`), not an Account SID (`AC...`). An API key is the username, with its secret as the password; the Account SID is passed separately: `twilio(apiKeySid, apiKeySecret, { accountSid })`.",
  "src/config.js:11 `FW95f6...76O` has `O` at index 33, which is not a hex digit; a Studio Flow SID is FW followed by 32 hex digits (34 characters).",
  "src/server.js:28 `client.messages()` takes a Message SID (MM... or SM...); `CallSid` is named for a Call SID (CA...).",
];
