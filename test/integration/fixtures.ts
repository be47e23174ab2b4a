/**
 * What users lint, shared by the CLI and editor tests. Beside the two mistakes sit the strings real code is full of:
 * a test's stub, a docs placeholder, a hash and a good SID. Only the two mistakes may be reported.
 */
export const SOURCE_JS = `const callSid = "CA0123456789abcdef0123456789abcde";
const messageSid = "CA0123456789abcdef0123456789abcdef";
// Deliberate stubs, placeholders and look-alikes: never reported.
const stub = { accountSid: "AC123" };
const placeholder = { accountSid: "ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX" };
const etag = "d41d8cd98f00b204e9800998ecf8427e";
const conferenceSid = "CF0123456789abcdef0123456789abcdef";
export { callSid, messageSid, stub, placeholder, etag, conferenceSid };
`;

/** The same mistakes with types around them, for typescript-eslint's parser. */
export const SOURCE_TS = `interface Call {
  readonly sid: string;
}
const callSid: string = "CA0123456789abcdef0123456789abcde";
const messageSid = "CA0123456789abcdef0123456789abcdef" as const;
const stub: Call = { sid: "CA123" };
export { callSid, messageSid, stub };
`;

/** A settings file: the same malformed SID under a SID key. */
export const SOURCE_JSON = `{
  "stub": { "accountSid": "AC123" },
  "callSid": "CA0123456789abcdef0123456789abcde"
}
`;

/** A CI workflow: a Messaging Service variable holding a Phone Number SID, and a placeholder two x's short. */
export const SOURCE_YAML = `env:
  TWILIO_MESSAGING_SERVICE_SID: PN0123456789abcdef0123456789abcdef
  TWILIO_FLOW_SID: FWxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
`;

/** A \`.env\` file with the same two mistakes. */
export const SOURCE_DOTENV = `TWILIO_ACCOUNT_SID=AC123
TWILIO_MESSAGING_SERVICE_SID="PN0123456789abcdef0123456789abcdef"
TWILIO_FLOW_SID=FWxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
`;

/** A \`wrangler.toml\` with them too. */
export const SOURCE_TOML = `[vars]
TWILIO_MESSAGING_SERVICE_SID = "PN0123456789abcdef0123456789abcdef"
TWILIO_FLOW_SID = "FWxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
`;

/** One expected report: 1-based line and columns, as ESLint's formatters print them. */
export interface Expected {
  ruleId: string;
  line: number;
  column: number;
  endColumn: number;
  message: string;
}

// valid-sid underlines the value inside the quotes; sid-prefix-matches-name the whole literal.
const MALFORMED =
  "`CA0123...cde` is 33 characters; a Call SID is CA followed by 32 hex digits (34 characters).";
const MISMATCH =
  "`messageSid` holds a Call SID (`CA0123...def`); the name expects a Message SID (MM or SM) or a Chat Message / Conversation Message SID (IM).";

export const EXPECTED_JS: Expected[] = [
  { ruleId: "twilio-sid/valid-sid", line: 1, column: 18, endColumn: 51, message: MALFORMED },
  { ruleId: "twilio-sid/sid-prefix-matches-name", line: 2, column: 20, endColumn: 56, message: MISMATCH },
];

export const EXPECTED_TS: Expected[] = [
  { ruleId: "twilio-sid/valid-sid", line: 4, column: 26, endColumn: 59, message: MALFORMED },
  { ruleId: "twilio-sid/sid-prefix-matches-name", line: 5, column: 20, endColumn: 56, message: MISMATCH },
];

export const EXPECTED_JSON: Expected[] = [
  { ruleId: "twilio-sid/valid-sid", line: 3, column: 15, endColumn: 48, message: MALFORMED },
];

const PN_FOR_MG =
  "`TWILIO_MESSAGING_SERVICE_SID` holds a Phone Number (Incoming / Outgoing Caller ID / sender) SID (`PN0123...def`); the name expects a Messaging Service SID (MG).";
const SHORT_PLACEHOLDER =
  "`FWxxxx...xxx` is a placeholder of 32 characters; a placeholder for a Studio Flow SID is FW followed by 32 X's (34 characters).";

export const EXPECTED_YAML: Expected[] = [
  { ruleId: "twilio-sid/sid-prefix-matches-name", line: 2, column: 33, endColumn: 67, message: PN_FOR_MG },
  { ruleId: "twilio-sid/valid-sid", line: 3, column: 20, endColumn: 52, message: SHORT_PLACEHOLDER },
];

export const EXPECTED_DOTENV: Expected[] = [
  { ruleId: "twilio-sid/sid-prefix-matches-name", line: 2, column: 31, endColumn: 65, message: PN_FOR_MG },
  { ruleId: "twilio-sid/valid-sid", line: 3, column: 17, endColumn: 49, message: SHORT_PLACEHOLDER },
];

export const EXPECTED_TOML: Expected[] = [
  { ruleId: "twilio-sid/sid-prefix-matches-name", line: 2, column: 32, endColumn: 68, message: PN_FOR_MG },
  { ruleId: "twilio-sid/valid-sid", line: 3, column: 20, endColumn: 52, message: SHORT_PLACEHOLDER },
];

/** `ruleId line:column-endColumn message`, the form `summarize` prints. */
export function lines(expected: readonly Expected[]): string[] {
  return expected.map((entry) => `${entry.ruleId} ${entry.line}:${entry.column}-${entry.endColumn} ${entry.message}`);
}
