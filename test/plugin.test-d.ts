import { defineConfig } from "eslint/config";
import { expectTypeOf, test } from "vitest";
import twilioSid from "../src/index.js";

test("eslint.config.ts users get the plugin and its configs accepted by defineConfig()", () => {
  expectTypeOf(defineConfig).toBeCallableWith(twilioSid.configs.recommended, twilioSid.configs.strict, twilioSid.configs.all);
  expectTypeOf(defineConfig).toBeCallableWith(...twilioSid.configs.strict);
  expectTypeOf(defineConfig).toBeCallableWith({
    plugins: { "twilio-sid": twilioSid },
    rules: { "twilio-sid/valid-sid": "error" },
  });
  expectTypeOf(defineConfig).toBeCallableWith({
    files: ["**/.env", "**/.env.*", "**/*.env"],
    plugins: { "twilio-sid": twilioSid },
    language: "twilio-sid/dotenv",
  });
  expectTypeOf(twilioSid.meta).toEqualTypeOf<{ name: string; version: string; namespace: string }>();
});
