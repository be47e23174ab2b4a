import { ESLintUtils } from "@typescript-eslint/utils";

/** Rule docs metadata; the configs in `src/configs.ts` are derived from it. */
export interface TwilioSidDocs {
  description: string;
  /** In the `recommended` config (every rule is in `strict` and `all`). */
  recommended: boolean;
  /** Options the `strict` config sets, for teams that want every doubt reported. */
  strictOptions?: Record<string, unknown>;
  /** Options the `strict` config sets in test files instead, where stubs and placeholders are deliberate. */
  strictTestFileOptions?: Record<string, unknown>;
}

const REPOSITORY = "https://github.com/eslint-plugin-twilio-sid/eslint-plugin-twilio-sid";

/** Where a rule's documentation lives. */
export function docsUrl(name: string): string {
  return `${REPOSITORY}/blob/main/docs/rules/${name}.md`;
}

export const createRule = ESLintUtils.RuleCreator<TwilioSidDocs>(docsUrl);
