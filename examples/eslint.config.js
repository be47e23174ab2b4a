// The demo's lint setup: what a user of the plugin writes (the plugin comes from this checkout's build).
import json from "@eslint/json";
import markdown from "@eslint/markdown";
import globals from "globals";
import twilioSid from "../dist/src/index.js";

export default [
  // With no `files`, the plugin's config applies to every file below: JS, JSON and Markdown alike.
  twilioSid.configs.recommended,
  { files: ["**/*.json"], language: "json/json", plugins: { json } },
  { files: ["**/*.md"], language: "markdown/commonmark", plugins: { markdown } },
  { files: ["src/**/*.js", "test/**/*.js"], languageOptions: { globals: globals.node } },
  {
    files: ["functions/**/*.js"],
    languageOptions: { sourceType: "commonjs", globals: { ...globals.node, Twilio: "readonly" } },
  },
];
