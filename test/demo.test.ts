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
    expect(found.map(({ file, line, ruleId }) => ({ file, line, ruleId }))).toEqual(expected);
    expect(found.map(({ file, line, message }) => `${file}:${line} ${message}`)).toEqual(EXPECTED_MESSAGES);
  });
});

const EXPECTED_MESSAGES: string[] = [];
