import json from "@eslint/json";
import markdown from "@eslint/markdown";
import { RuleTester, type Linter } from "eslint";
import toml from "eslint-plugin-toml";
import yml from "eslint-plugin-yml";
import { describe, it } from "vitest";
import plugin from "../../src/index.js";

// ESLint's own tester runs other plugins' languages; it needs vitest's hooks like typescript-eslint's does.
RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

/** The languages beyond JS and JSON that rules are tested in, as users configure them. */
const LANGUAGES: Record<"json" | "yaml" | "toml" | "dotenv" | "markdown", Linter.Config> = {
  json: { plugins: { json }, language: "json/json" },
  yaml: { plugins: { yml }, language: "yml/yaml" },
  toml: { plugins: { toml }, language: "toml/toml" },
  dotenv: { plugins: { "twilio-sid": plugin }, language: "twilio-sid/dotenv" },
  markdown: { plugins: { markdown }, language: "markdown/gfm", languageOptions: { frontmatter: "yaml" } },
};

/** ESLint's rule tester for one of those languages. */
export function languageTester(language: keyof typeof LANGUAGES): RuleTester {
  return new RuleTester(LANGUAGES[language]);
}
