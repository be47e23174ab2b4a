import { classifySid } from "./classify.js";
import { PATHS } from "./paths.generated.js";
import { EXPRESSION } from "./sites/site.js";
import type { SidPrefix } from "./registry.generated.js";

/** A SID in a Twilio REST path that its position does not take. */
export interface PathSid {
  /** Offsets of the SID in the text searched. */
  readonly start: number;
  readonly end: number;
  readonly prefix: SidPrefix;
  /** The collection the SID follows (`Calls`), and the prefixes that position takes. */
  readonly collection: string;
  readonly expected: readonly SidPrefix[];
}

const HOST_SUFFIX = ".twilio.com/";
// A path of the 2010 API with no host (`/2010-04-01/Accounts/...`) counts when no host or expression precedes it.
const API_2010 = "/2010-04-01/";
const HOST_LABEL = /[a-z0-9-]/;
const BEFORE_RELATIVE_PATH = /[\w.\-:/]/;
// A path ends at whitespace, quotes, brackets, a backslash or a query.
const PATH_END = /[\s"'`<>()[\]{}\\?#]/;

/** Where the path starting at `start` ends. */
function pathEnd(text: string, start: number): number {
  let end = start;
  while (end < text.length && !PATH_END.test(text[end]!)) end++;
  return end;
}

/** Both ends of what a path can name, read once from the table: hosts with their version segments, and collections. */
const { versions, collections } = (() => {
  const versions = new Set<string>();
  const collections = new Set<string>();
  for (const key of PATHS.keys()) {
    const [host, version, chain] = key.split("|") as [string, string, string];
    versions.add(`${host}|${version}`);
    const names = chain.split(">");
    for (let end = 1; end <= names.length; end++) collections.add(`${host}|${version}|${names.slice(0, end).join(">")}`);
  }
  return { versions, collections };
})();

/** What a table entry takes: its prefixes, and the collection after which it takes any value. */
function position(key: string): { prefixes: readonly SidPrefix[]; anyBefore: string | undefined } | undefined {
  const value = PATHS.get(key);
  if (!value) return undefined;
  const [list, anyBefore] = value.split(">");
  return { prefixes: list!.split(";") as SidPrefix[], anyBefore };
}

/** Walks one path (`/2010-04-01/Accounts/AC.../Calls/CA....json`) of `host`, starting at `offset` in the text. */
function walk(host: string, path: string, offset: number, found: PathSid[]): void {
  const segments: { name: string; start: number }[] = [];
  for (let start = 1; start <= path.length; ) {
    const end = path.indexOf("/", start);
    const stop = end === -1 ? path.length : end;
    segments.push({ name: path.slice(start, stop), start: offset + start });
    start = stop + 1;
  }
  const first = segments[0]?.name;
  const version = first !== undefined && versions.has(`${host}|${first}`) ? first : "";
  if (!versions.has(`${host}|${version}`)) return;
  const rest = segments.slice(version ? 1 : 0).map((segment) => ({ ...segment, name: segment.name.replace(/\.json$/, "") }));
  let chain = "";
  let afterCollection = false;
  for (const [index, { name, start }] of rest.entries()) {
    const next = chain ? `${chain}>${name}` : name;
    if (collections.has(`${host}|${version}|${next}`)) {
      chain = next;
      afterCollection = true;
      continue;
    }
    if (!afterCollection) return;
    afterCollection = false;
    const sid = classifySid(name);
    const taken = position(`${host}|${version}|${chain}`);
    if ((sid.kind !== "sid" && sid.kind !== "placeholder") || !taken || taken.prefixes.includes(sid.prefix)) continue;
    // `Conferences/{FriendlyName}/Participants.json`: a conference named after a task SID is right there.
    if (taken.anyBefore !== undefined && rest[index + 1]?.name === taken.anyBefore) continue;
    found.push({ start, end: start + name.length, prefix: sid.prefix, collection: chain.split(">").at(-1)!, expected: taken.prefixes });
  }
}

/** Quick test before the search: the text may hold a Twilio REST URL. */
export function mayHoldRestPath(text: string): boolean {
  return text.includes(".twilio.com/") || text.includes("/2010-04-01/");
}

/**
 * SIDs in the Twilio REST URLs of a text (a string, a template, prose, a link) that their positions do not take,
 * with the prefixes those take. Hosts that are not Twilio's are never read.
 * `EXPRESSION` in the text stands for a template expression: a path after one has an unknown host.
 */
export function findRestPathSids(text: string): PathSid[] {
  const found: PathSid[] = [];
  if (!mayHoldRestPath(text)) return found;
  // Each search resumes after the last path read, so a text costs one pass whatever it repeats.
  for (let walked = 0, at = text.indexOf(HOST_SUFFIX); at !== -1; at = text.indexOf(HOST_SUFFIX, Math.max(at + 1, walked))) {
    let hostStart = at;
    while (hostStart > walked && HOST_LABEL.test(text[hostStart - 1]!)) hostStart--;
    const host = text.slice(hostStart, at);
    const start = at + HOST_SUFFIX.length - 1;
    walked = pathEnd(text, start);
    if (/^[a-z]/.test(host)) walk(host, text.slice(start, walked), start, found);
  }
  for (let at = text.indexOf(API_2010); at !== -1; ) {
    const end = pathEnd(text, at);
    const before = text[at - 1];
    if (before === undefined || (before !== EXPRESSION && !BEFORE_RELATIVE_PATH.test(before))) walk("api", text.slice(at, end), at, found);
    at = text.indexOf(API_2010, Math.max(at + 1, end));
  }
  return found.sort((a, b) => a.start - b.start);
}
