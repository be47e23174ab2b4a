// The demo's lint setup: what a user of the plugin writes (the plugin comes from this checkout's build).
import json from "@eslint/json";
import markdown from "@eslint/markdown";
import yml from "eslint-plugin-yml";
import globals from "globals";
import twilioSid from "../dist/src/index.js";

export default [
  // With no `files`, the plugin's config applies to every file below: JS, JSON, Markdown, YAML and .env alike.
  twilioSid.configs.recommended,
  { files: ["**/*.json"], language: "json/json", plugins: { json } },
  { files: ["**/*.md"], language: "markdown/commonmark", plugins: { markdown } },
  { files: ["**/*.{yml,yaml}"], language: "yml/yaml", plugins: { yml } },
  { files: ["**/.env", "**/.env.*", "**/*.env"], language: "twilio-sid/dotenv" },
  { files: ["src/**/*.js", "test/**/*.js"], languageOptions: { globals: globals.node } },
  {
    files: ["functions/**/*.js"],
    languageOptions: { sourceType: "commonjs", globals: { ...globals.node, Twilio: "readonly" } },
  },
];
