import { ESLint } from "eslint";
import json from "@eslint/json";
import markdown from "@eslint/markdown";
import tsParser from "@typescript-eslint/parser";
import plugin from "/work/main/src/index.js";
import { expectations, CORPUS_ROOT } from "/work/main/bench/apps/expectations.js";
const eslint = new ESLint({
  cwd: CORPUS_ROOT, ignore: false, overrideConfigFile: true,
  overrideConfig: [
    { files: ["**/*.{ts,tsx,mts,cts}"], languageOptions: { parser: tsParser as any, parserOptions: { ecmaFeatures: { jsx: true } } } },
    { files: ["**/*.{js,jsx,mjs,cjs}"], languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },
    { files: ["js/**/*.js"], ignores: ["js/express-esm-ivr/**"], languageOptions: { sourceType: "commonjs" } }, { files: ["**/tsconfig.json"], language: "json/jsonc" },
    { files: ["**/*.json"], plugins: { json }, language: "json/json" },
    { files: ["**/*.md"], plugins: { markdown }, language: "markdown/gfm", languageOptions: { frontmatter: "yaml" } },
    plugin.configs.recommended as any,
  ],
});
const results = await eslint.lintFiles(["ts", "js"]);
const exp = expectations();
const key = (f: string, l: number, r: string) => `${f}:${l}:${r}`;
const expected = new Set(exp.filter(e => !e.typedOnly).map(e => key(e.file, e.line, e.ruleId)));
const found = new Set<string>();
let files = 0;
for (const r of results) { files++;
  const f = r.filePath.slice(CORPUS_ROOT.length + 1);
  for (const m of r.messages) {
    if (m.fatal) { console.log("FATAL", f, m.message); continue; }
    const k = key(f, m.line, (m.ruleId ?? "").replace("twilio-sid/", ""));
    found.add(k);
    if (!expected.has(k)) console.log("UNEXPECTED", k, m.message);
  }
}
for (const k of expected) if (!found.has(k)) console.log("MISSED", k);
console.log(`files ${files}, expected (untyped) ${expected.size}, found ${found.size}, typed-only ${exp.filter(e=>e.typedOnly).length}`);
