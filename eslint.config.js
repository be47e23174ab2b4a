// Self-lint: eslint-plugin-eslint-plugin on the rules and their tests, and the plugin's own `recommended` on the repo.
import js from "@eslint/js";
import json from "@eslint/json";
import markdown from "@eslint/markdown";
import eslintPlugin from "eslint-plugin-eslint-plugin";
import tseslint from "typescript-eslint";
import twilioSid from "./dist/src/index.js";

export default tseslint.config(
  {
    ignores: [
      "dist/**",
      "coverage/**",
      // Twilio's published packages, fetched by `npm run corpus:fetch`.
      ".cache/**",
      // Deliberate mistakes for the demo and the rules' corpora.
      "examples/**",
      "test/fixtures/**",
      "test/**/fixtures/**",
      // Rule docs show broken SIDs on purpose; test/docs.test.ts lints their examples.
      "docs/rules/**",
      // The app corpus: realistic Twilio code with marked mistakes, linted by the benches, not by the repo.
      "bench/apps/**",
      "!bench/apps/*.ts",
      "package-lock.json",
    ],
  },
  {
    files: ["**/*.js", "**/*.ts"],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    rules: {
      // `_` names a part a type or a destructuring must have but nothing reads.
      "@typescript-eslint/no-unused-vars": ["error", { varsIgnorePattern: "^_", argsIgnorePattern: "^_" }],
    },
  },
  { files: ["rules/**/*.ts"], ...eslintPlugin.configs.rules },
  {
    files: ["rules/**/*.ts"],
    rules: {
      // `createRule` adds `docs.url` from the rule name.
      "eslint-plugin/require-meta-docs-url": "off",
      // Sentence case, as typescript-eslint's rule descriptions.
      "eslint-plugin/require-meta-docs-description": ["error", { pattern: "^(Enforce|Require|Disallow)" }],
      "eslint-plugin/meta-property-ordering": [
        "error",
        ["type", "docs", "languages", "messages", "hasSuggestions", "fixable", "schema", "defaultOptions"],
      ],
    },
  },
  { files: ["test/rules/**/*.ts"], ...eslintPlugin.configs.tests },
  { files: ["**/*.json"], language: "json/json", plugins: { json } },
  { files: ["**/tsconfig*.json"], language: "json/jsonc" },
  { files: ["**/*.md"], language: "markdown/commonmark", plugins: { markdown } },
  twilioSid.configs.recommended,
  {
    // Rule tests hold broken SIDs on purpose: that is what they test.
    files: ["test/**/*.ts"],
    rules: Object.fromEntries(Object.keys(twilioSid.rules).map((name) => [`twilio-sid/${name}`, "off"])),
  },
);
