import type { TSESLint } from "@typescript-eslint/utils";
import {
  classifySid,
  findEmbeddedSids,
  MIN_CANDIDATE_LENGTH,
  MIN_STUB_LENGTH,
  SID_BODY_LENGTH,
  type SidClass,
} from "../src/classify.js";
import { createRule } from "../src/create-rule.js";
import { locOf, RULE_LANGUAGES, stringListeners, type StringSite } from "../src/languages.js";
import { SID_PROBLEM_MESSAGES, sidProblemMessage } from "../src/messages.js";
import { sidName } from "../src/names.js";

type Options = [
  {
    allowPlaceholders?: boolean;
    allowPatterns?: string[];
    checkComments?: boolean;
    checkUnknownPrefixes?: boolean;
    reportDeliberate?: boolean;
    reportStubs?: boolean;
  },
];
type MessageIds = keyof typeof SID_PROBLEM_MESSAGES | "trimWhitespace" | "uppercasePrefix" | "fixPlaceholder";
type Range = readonly [number, number];

/** A replacement that makes a near miss well-formed, where the intent is certain. */
interface Replacement {
  readonly messageId: MessageIds;
  readonly data?: Record<string, string>;
  readonly text: string;
}

/** The replacement for a near miss whose fix is certain: trimmed, prefix uppercased, placeholder resized. */
function replacement(text: string, sid: SidClass): Replacement | undefined {
  if (sid.kind !== "near-miss" || !sid.record) return undefined;
  const { prefix, problem } = sid;
  switch (problem.type) {
    case "whitespace":
      return { messageId: "trimWhitespace", text: text.trim() };
    case "lowercase-prefix":
      return { messageId: "uppercasePrefix", data: { prefix }, text: prefix + text.slice(2) };
    case "placeholder-length": {
      const character = text.charAt(2);
      return { messageId: "fixPlaceholder", data: { prefix, character }, text: prefix + character.repeat(SID_BODY_LENGTH) };
    }
    default:
      return undefined;
  }
}

export default createRule<Options, MessageIds>({
  name: "valid-sid",
  meta: {
    type: "problem",
    docs: {
      description: "Disallow malformed Twilio SIDs: wrong length, non-hex characters, stray whitespace.",
      recommended: true,
      strictOptions: { allowPlaceholders: false, checkUnknownPrefixes: true, reportDeliberate: true, reportStubs: true },
      // Tests stub and placeholder SIDs on purpose.
      strictTestFileOptions: { checkUnknownPrefixes: true },
    },
    languages: RULE_LANGUAGES,
    messages: {
      ...SID_PROBLEM_MESSAGES,
      trimWhitespace: "Remove the surrounding whitespace.",
      uppercasePrefix: "Write the prefix in uppercase: `{{prefix}}`.",
      fixPlaceholder: `Make the placeholder {{prefix}} followed by ${SID_BODY_LENGTH} {{character}}'s.`,
    },
    hasSuggestions: true,
    schema: [
      {
        type: "object",
        additionalProperties: false,
        properties: {
          allowPlaceholders: {
            type: "boolean",
            description: "Accept full-length placeholders such as `ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX`.",
          },
          allowPatterns: {
            type: "array",
            items: { type: "string", format: "regex" },
            uniqueItems: true,
            description:
              "Regular expressions (source strings) for a codebase's own fake SIDs; a candidate matching one is accepted.",
          },
          checkComments: {
            type: "boolean",
            description: "Also look for malformed SIDs in JS and TS comments.",
          },
          checkUnknownPrefixes: {
            type: "boolean",
            description: "Report well-formed SIDs whose two-letter prefix Twilio does not use.",
          },
          reportDeliberate: {
            type: "boolean",
            description:
              "Also report values fed on purpose to something that must reject them: arguments of `isValid*()`/`validate*()`/`looksLike*()` and code under `expect(...).toThrow()`, `.rejects`, `expect(check(v)).toBe(false)`, `assert.throws()`.",
          },
          reportStubs: {
            type: "boolean",
            description:
              "Report every value under a SID name that starts with a known prefix and is not a full SID (`AC123`).",
          },
        },
      },
    ],
    defaultOptions: [
      {
        allowPlaceholders: true,
        allowPatterns: [],
        checkComments: false,
        checkUnknownPrefixes: false,
        reportDeliberate: false,
        reportStubs: false,
      },
    ],
  },
  create(context, [options]) {
    // The schema's `format: "regex"` turns an invalid pattern into a configuration error before this runs.
    const allowed = (options.allowPatterns ?? []).map((pattern) => new RegExp(pattern));
    const isAllowed = (text: string) => allowed.some((regexp) => regexp.test(text));

    /** Whether a candidate is worth a report; `named` says whether it sits under a SID name. */
    const shouldReport = (sid: SidClass, named: () => boolean): boolean => {
      switch (sid.kind) {
        case "sid":
        case "not-sid":
          return false;
        case "placeholder":
          return !options.allowPlaceholders;
        case "stub":
          return Boolean(options.reportStubs) && named();
        case "near-miss":
          if (!sid.record && !options.checkUnknownPrefixes) return false;
          return sid.certain || named();
      }
    };

    /** Reports a candidate at `range` of the source (the site's whole range where escapes hide it). */
    // A text can reach the rule twice (a Markdown link's destination and its text, a front matter pair and its block).
    const reported = new Set<string>();
    const report = (text: string, sid: SidClass, range: Range | undefined, whole: Range) => {
      const message = sidProblemMessage(text, sid)!;
      let at = range ?? whole;
      if (range && sid.kind === "near-miss" && sid.problem.type === "character") {
        const { index, character } = sid.problem;
        at = [range[0] + index, range[0] + index + character.length];
      }
      const key = `${at[0]}:${at[1]}`;
      if (reported.has(key)) return;
      reported.add(key);
      const fix = range && replacement(text, sid);
      const suggest: TSESLint.SuggestionReportDescriptor<MessageIds>[] = fix
        ? [{ messageId: fix.messageId, data: fix.data, fix: (fixer) => fixer.replaceTextRange([...range], fix.text) }]
        : [];
      context.report({ loc: locOf(context, at), messageId: message.messageId, data: message.data, suggest });
    };

    /** Whether a report on the site is wanted: values fed on purpose to a check are, only when asked for. */
    const wanted = (site: StringSite) => Boolean(options.reportDeliberate) || !site.deliberate();

    /** SIDs delimited inside a longer string: with no name of their own, only certain near misses count. */
    const checkEmbedded = (site: StringSite) => {
      const { value, continued } = site;
      for (const { start, end, text, sid } of findEmbeddedSids(value)) {
        // A token that runs on into a template expression is cut off, not whole.
        if ((continued.start && start === 0) || (continued.end && end === value.length)) continue;
        if (shouldReport(sid, () => false) && !isAllowed(text) && wanted(site)) report(text, sid, site.range(start, end), site.whole);
      }
    };

    const visit = (site: StringSite) => {
      const { value } = site;
      if (site.prose) {
        checkEmbedded(site);
        return;
      }
      const sid = classifySid(value);
      if (sid.kind === "not-sid") {
        checkEmbedded(site);
        return;
      }
      const named = () => {
        const name = site.name();
        return name !== undefined && sidName(name) !== undefined;
      };
      if (shouldReport(sid, named) && !isAllowed(value) && wanted(site)) report(value, sid, site.range(0, value.length), site.whole);
    };

    // Most strings are short: below the candidate length only a stub under a SID name can be reported.
    const minLength = options.reportStubs ? MIN_STUB_LENGTH : MIN_CANDIDATE_LENGTH;
    return stringListeners(context, visit, { comments: Boolean(options.checkComments), minLength });
  },
});
