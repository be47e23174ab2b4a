import type { RuleContext, RuleListener, RuleMetaData, RuleModule } from "@typescript-eslint/utils/ts-eslint";

/** Rule docs metadata; the configs in `src/configs.ts` are derived from it. */
export interface TwilioSidDocs {
  description: string;
  /** In the `recommended` config (every rule is in `strict` and `all`). */
  recommended: boolean;
  /** Options the `strict` config sets, for teams that want every doubt reported. */
  strictOptions?: Record<string, unknown>;
  /** Options the `strict` config sets in test files instead, where stubs and placeholders are deliberate. */
  strictTestFileOptions?: Record<string, unknown>;
  url?: string;
}

const REPOSITORY = "https://github.com/eslint-plugin-twilio-sid/eslint-plugin-twilio-sid";

/** Where a rule's documentation lives. */
export function docsUrl(name: string): string {
  return `${REPOSITORY}/blob/main/docs/rules/${name}.md`;
}

interface RuleDefinition<Options extends readonly unknown[], MessageIds extends string> {
  name: string;
  meta: RuleMetaData<MessageIds, TwilioSidDocs, Options> & { defaultOptions: Options };
  create: (context: Readonly<RuleContext<MessageIds, Options>>, options: Readonly<Options>) => RuleListener;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The user's option objects laid over the defaults, key by key; arrays and scalars replace. */
function withDefaults<Options extends readonly unknown[]>(defaults: Options, given: readonly unknown[]): Options {
  return defaults.map((fallback, index) => {
    const value = given[index];
    if (value === undefined) return fallback;
    return isPlainObject(fallback) && isPlainObject(value) ? { ...fallback, ...value } : value;
  }) as unknown as Options;
}

/**
 * The project's one rule factory, as typescript-eslint's `RuleCreator`: adds `docs.url` and hands `create` the
 * options merged over `meta.defaultOptions`. Written here because `@typescript-eslint/utils` at run time would make
 * npm install TypeScript into every JavaScript project that installs the plugin (its packages require it as a peer).
 */
export function createRule<Options extends readonly unknown[], MessageIds extends string>({
  name,
  meta,
  create,
}: Readonly<RuleDefinition<Options, MessageIds>>): RuleModule<MessageIds, Options, TwilioSidDocs> & { name: string } {
  return {
    name,
    meta: { ...meta, docs: { ...meta.docs!, url: docsUrl(name) } },
    defaultOptions: meta.defaultOptions,
    // ESLint 9.15+ merges `meta.defaultOptions` itself, into a fresh array per file (so nothing is worth remembering
    // per array); older ESLint 9 releases and other hosts may not, and a shallow merge per file costs next to nothing.
    create: (context) => create(context, withDefaults(meta.defaultOptions, context.options)),
  };
}
