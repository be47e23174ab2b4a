/** A value bound to a name inside free text: `TWILIO_FLOW_SID=FW...`, `--messaging-service-sid MG...`, `sid: CA...`. */
export interface Pair {
  readonly name: string;
  /** Offsets of the value in the text. */
  readonly start: number;
  readonly end: number;
}

// `export NAME=value`, `NAME="value"`: shell assignments and `.env` lines, quotes outside the value.
const ASSIGNMENT = /^[ \t]*(?:export[ \t]+)?([A-Za-z_][A-Za-z0-9_.-]*)[ \t]*=[ \t]*(["']?)([^\s"'#]+)\2/dgm;
// `--account-sid AC...`, `--messaging-service-sid=MG...`: command-line flags of the Twilio CLI and scripts.
const FLAG = /(?:^|[ \t])--([a-z][a-z0-9-]*)(?:=|[ \t]+)(["']?)([^\s"'\\]+)\2/dgm;
// `account_sid: AC...`, `- sid: "CA..."`: YAML-like `key: value` lines, as in front matter.
const KEY_VALUE = /^[ \t]*(?:-[ \t]+)?([A-Za-z_][A-Za-z0-9_.-]*)[ \t]*:[ \t]+(["']?)([^\s"'#]+)\2[ \t]*(?:#.*)?$/dgm;
// `account_sid = "AC..."`: TOML `key = "value"` lines.
const TOML_KEY_VALUE = /^[ \t]*([A-Za-z_][A-Za-z0-9_.-]*)[ \t]*=[ \t]*(["'])([^"'\n]*)\2/dgm;

/** Every match of `pattern` (with indices) as a pair: group 1 the name, group 3 the value. */
function pairs(text: string, pattern: RegExp): Pair[] {
  return Array.from(text.matchAll(pattern), (match) => {
    const [start, end] = match.indices![3]!;
    return { name: match[1]!, start, end };
  });
}

/** Assignments and flags of a shell or `.env` snippet. */
export function shellPairs(text: string): Pair[] {
  return [...pairs(text, ASSIGNMENT), ...pairs(text, FLAG)];
}

/** `key: value` lines of YAML front matter. */
export function yamlPairs(text: string): Pair[] {
  return pairs(text, KEY_VALUE);
}

/** `key = "value"` lines of TOML front matter. */
export function tomlPairs(text: string): Pair[] {
  return pairs(text, TOML_KEY_VALUE);
}
