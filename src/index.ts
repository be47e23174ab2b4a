import type { TSESLint } from "@typescript-eslint/utils";
import packageJson from "../package.json" with { type: "json" };
import { rules } from "../rules/index.js";
import { buildConfigs } from "./configs.js";

const plugin = {
  meta: { name: packageJson.name, version: packageJson.version, namespace: "twilio-sid" },
  rules,
  configs: {} as ReturnType<typeof buildConfigs>,
} satisfies TSESLint.FlatConfig.Plugin;

plugin.configs = buildConfigs(plugin, rules);

export default plugin;
