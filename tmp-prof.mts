import { ESLint } from "eslint";
import js from "@eslint/js";
import tsParser from "@typescript-eslint/parser";
import plugin from "./src/index.js";
const eslint = new ESLint({ cwd: "/work/main/bench/apps", ignore: false, overrideConfigFile: true, stats: true, overrideConfig: [
  { files: ["**/*.{ts,tsx,js,mjs,cjs}"], ...js.configs.recommended } as any,
  { files: ["**/*.{ts,tsx}"], languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } } },
  { files: ["**/*.{ts,tsx}"], rules: { "no-unused-vars": "off", "no-undef": "off", "no-redeclare": "off" } },
  { files: ["js/**/*.js"], ignores: ["js/express-esm-ivr/**"], languageOptions: { sourceType: "commonjs" } },
  plugin.configs.recommended as any ] });
for (let run = 0; run < 3; run++) {
const totals = new Map<string, number>(); let all = 0; const perFile: [string, number][] = [];
for (const r of await eslint.lintFiles(["ts/**/*.{ts,tsx}", "js/**/*.{js,mjs,cjs}"])) {
  let ours = 0;
  for (const p of r.stats?.times.passes ?? []) { all += p.total; for (const [id, { total }] of Object.entries(p.rules ?? {})) { totals.set(id, (totals.get(id) ?? 0) + total); if (id.startsWith("twilio")) ours += total; } }
  perFile.push([r.filePath, ours]);
}
console.log("total", all.toFixed(0), [...totals].filter(([k]) => k.startsWith("twilio")).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(", "), "top rules:", [...totals].sort((a,b)=>b[1]-a[1]).slice(0,4).map(([k,v])=>`${k} ${v.toFixed(0)}`).join(", "));
if (run === 2) console.log(perFile.sort((a,b)=>b[1]-a[1]).slice(0,8).map(([f,t])=>`${f.split("bench/apps/")[1]} ${t.toFixed(1)}`).join("\n"));
}
