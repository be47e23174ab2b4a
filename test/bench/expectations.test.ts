import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { CORPUS_ROOT, expectations } from "../../bench/apps/expectations.js";

/** A throwaway corpus with the given files (paths from its root). */
function corpus(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "apps-corpus-"));
  mkdirSync(join(root, "ts"));
  mkdirSync(join(root, "js"));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, ".."), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

describe("expectations", () => {
  it("reads the rule, the line and `typed` from code and Markdown markers", () => {
    const root = corpus({
      "ts/a.ts": 'const x = 1;\nclient.calls(id); // expect-sid: typed sid-matches-resource\n',
      "js/b/c.js": 'const callSid = req.body.MessageSid; // expect-sid: sid-prefix-matches-name\n',
      "js/README.md": "Account `AC123...` <!-- expect-sid: valid-sid -->\n",
    });
    roots.push(root);
    expect(expectations(root)).toEqual([
      { file: "js/README.md", line: 1, ruleId: "valid-sid", typedOnly: false },
      { file: "js/b/c.js", line: 1, ruleId: "sid-prefix-matches-name", typedOnly: false },
      { file: "ts/a.ts", line: 2, ruleId: "sid-matches-resource", typedOnly: true },
    ]);
  });

  it("leaves out node_modules and files that cannot hold markers", () => {
    const root = corpus({
      "js/node_modules/x/index.js": "f(); // expect-sid: valid-sid\n",
      "js/config.json": '{ "note": "// expect-sid: valid-sid" }\n',
    });
    roots.push(root);
    expect(expectations(root)).toEqual([]);
  });

  it("throws on a marker that names no rule of the plugin", () => {
    const root = corpus({ "ts/a.ts": "f(); // expect-sid: sid-matches-resorce\n" });
    roots.push(root);
    expect(() => expectations(root)).toThrow('ts/a.ts:1: unknown expect-sid marker "sid-matches-resorce"');
  });
});

describe("the app corpus", () => {
  const marks = expectations();

  it("marks code lines, and typed-only mistakes only in TypeScript", () => {
    expect(marks.length).toBeGreaterThan(0);
    for (const { file, line, typedOnly } of marks) {
      const text = readFileSync(join(CORPUS_ROOT, file), "utf8").split("\n")[line - 1] ?? "";
      expect(text.replace(/(\/\/|<!--) expect-sid:.*$/, "").trim(), `${file}:${line}`).not.toBe("");
      if (typedOnly) expect(file, `${file}:${line}`).toMatch(/^ts\/.*\.tsx?$/);
    }
  });

  it("lists every marker in the README's table, and nothing else", () => {
    const readme = readFileSync(join(CORPUS_ROOT, "README.md"), "utf8");
    const rows = [...readme.matchAll(/^\| `([^`]+):(\d+)` \| (typed )?([\w-]+) \|/gm)].map(([, file, line, typed, ruleId]) => ({
      file,
      line: Number(line),
      ruleId,
      typedOnly: typed !== undefined,
    }));
    expect(rows).toEqual(marks);
  });
});
