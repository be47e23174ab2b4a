// `npm run corpus:fetch`: Twilio's own published npm packages at pinned versions, unpacked into
// .cache/twilio-packages/<name>@<version>/ (ignored by git), to lint real code with. Packages already there are
// kept; delete a folder to fetch it again. Prints a table of what is there.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import { join, resolve } from "node:path";

export const PACKAGES_DIR = resolve(import.meta.dirname, "../.cache/twilio-packages");

/**
 * What Twilio publishes for the code our users write: the helper library, the Functions runtime and its tooling,
 * the browser SDKs, Flex and the CLI. Twilio Paste is left out: a design system, with no Twilio API code.
 */
export const TWILIO_PACKAGES: readonly (readonly [name: string, version: string])[] = [
  ["twilio", "6.3.1"],
  ["@twilio/runtime-handler", "2.1.0"],
  ["@twilio-labs/serverless-runtime-types", "4.0.1"],
  ["@twilio-labs/serverless-api", "5.7.0"],
  ["twilio-run", "5.0.1"],
  ["@twilio-labs/plugin-serverless", "3.1.3"],
  ["@twilio-labs/runtime-helpers", "0.1.2"],
  ["create-twilio-function", "3.6.0"],
  ["twilio-flex-token-validator", "1.6.0"],
  ["@twilio/conversations", "3.0.1"],
  ["@twilio/voice-sdk", "2.18.5"],
  ["twilio-video", "2.36.0"],
  ["twilio-sync", "4.0.1"],
  ["twilio-taskrouter", "2.1.1"],
  ["twilio-chat", "6.0.0"],
  ["@twilio/flex-ui", "2.17.1"],
  ["@twilio/flex-plugin", "7.1.2"],
  ["@twilio/flex-plugin-scripts", "7.1.2"],
  ["@twilio/flex-plugins-api-client", "7.0.0"],
  ["@twilio/flex-dev-utils", "7.1.2"],
  ["twilio-cli", "6.2.4"],
  ["@twilio/cli-core", "9.0.0"],
];

/** A package bigger than this unpacked is removed again: a UI kit's assets are not code worth linting. */
const MAX_PACKAGE_BYTES = 50 * 1024 * 1024;

/** `@twilio/voice-sdk` -> `@twilio__voice-sdk@2.18.5`: one folder level per package. */
export function packageFolder(name: string, version: string): string {
  return join(PACKAGES_DIR, `${name.replace("/", "__")}@${version}`);
}

/** Files and bytes under `directory`. */
function measure(directory: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(directory, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    files++;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
  }
  return { files, bytes };
}

/** Packs `name@version` from the registry into the cache and unpacks it; false when it is too big to keep. */
function fetchPackage(name: string, version: string, folder: string): boolean {
  const output = execFileSync("npm", ["pack", `${name}@${version}`, "--pack-destination", PACKAGES_DIR, "--json", "--silent"], {
    encoding: "utf8",
  });
  const [{ filename }] = JSON.parse(output) as [{ filename: string }];
  const tarball = join(PACKAGES_DIR, filename);
  mkdirSync(folder, { recursive: true });
  execFileSync("tar", ["-xzf", tarball, "-C", folder, "--strip-components=1"]);
  rmSync(tarball);
  if (measure(folder).bytes <= MAX_PACKAGE_BYTES) return true;
  rmSync(folder, { recursive: true });
  return false;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  mkdirSync(PACKAGES_DIR, { recursive: true });
  const rows: string[] = [];
  let total = 0;
  for (const [name, version] of TWILIO_PACKAGES) {
    const folder = packageFolder(name, version);
    if (!existsSync(folder) && !fetchPackage(name, version, folder)) {
      rows.push(`| ${name}@${version} | skipped: over ${MAX_PACKAGE_BYTES / 1024 / 1024} MB unpacked | | |`);
      continue;
    }
    const { files, bytes } = measure(folder);
    const code = readdirSync(folder, { recursive: true, encoding: "utf8" }).filter((path) => /\.[cm]?[jt]sx?$/.test(path)).length;
    total += bytes;
    rows.push(`| ${name}@${version} | ${files} | ${code} | ${(bytes / 1024 / 1024).toFixed(1)} MB |`);
  }
  console.log(["| package | files | JS/TS files | size |", "|---|---|---|---|", ...rows].join("\n"));
  console.log(`\n${(total / 1024 / 1024).toFixed(1)} MB in ${PACKAGES_DIR}`);
}
