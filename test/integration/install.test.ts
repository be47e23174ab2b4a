import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXPECTED_JS, EXPECTED_TS, lines, SOURCE_JS, SOURCE_TS } from "./fixtures.js";
import {
  copyProject,
  eslint,
  INSTALL_TIMEOUT,
  lintJson,
  npmInstall,
  packPlugin,
  project,
  removeWorkspaces,
  run,
  summarize,
  workspace,
} from "./helpers/projects.js";

const ESM_CONFIG = `import twilioSid from "eslint-plugin-twilio-sid";

export default [twilioSid.configs.recommended];
`;

const TS_CONFIG = `import tsParser from "@typescript-eslint/parser";
import twilioSid from "eslint-plugin-twilio-sid";

export default [{ files: ["**/*.ts"], languageOptions: { parser: tsParser } }, twilioSid.configs.recommended];
`;

// What a CommonJS project writes: Node 20.19+ can require() the ESM-only plugin, whose default export is the plugin.
const CJS_CONFIG = `const twilioSid = require("eslint-plugin-twilio-sid").default;

module.exports = [twilioSid.configs.recommended];
`;

/** ESLint's own line for a file served from `--cache` (`--debug` prints it). */
const CACHE_HIT = "Skipping file since it hasn't changed";

/** A user's file of the `/sid` entry: a checked literal and an annotation. */
const SID_USER = `import { sid, type CallSid } from "eslint-plugin-twilio-sid/sid";

export const call: CallSid = sid("CA0123456789abcdef0123456789abcdef");
`;

/** A user's file of the typed client: one Message SID where a Call SID belongs, on line 8. */
const TWILIO_USER = `import twilio from "twilio";
import { typedClient } from "eslint-plugin-twilio-sid/twilio";

declare const accountSid: string, authToken: string;
const client = typedClient(twilio(accountSid, authToken));
export async function hangUp() {
  const message = await client.messages.create({ to: "+15005550006", from: "+15005550001", body: "hi" });
  await client.calls(message.sid).update({ status: "completed" });
}
`;

const TSCONFIG = JSON.stringify({
  compilerOptions: { strict: true, module: "nodenext", target: "es2022", noEmit: true, skipLibCheck: true },
  include: ["*.ts"],
});

/** Loading twilio's declarations takes `tsc` several seconds, more on a busy machine. */
const TSC_TIMEOUT = 120_000;

/** `tsc` of the project's own TypeScript in `cwd`. */
function tsc(projectDir: string, cwd: string) {
  const bin = path.join(projectDir, "node_modules/typescript/bin/tsc");
  return run(process.execPath, [bin, "-p", ".", "--pretty", "false"], { cwd, timeout: TSC_TIMEOUT });
}

/** Four copies of the fixture: enough files for `--concurrency=2` to hand some to each worker. */
const MANY_FILES = ["a.js", "b.js", "c.js", "d.js"];

afterAll(removeWorkspaces);

describe("ESLint 10 in a plain JavaScript project", () => {
  let js: string;
  beforeAll(async () => {
    js = await project("js");
  }, INSTALL_TIMEOUT);

  it("loads the plugin and reports the fixture's two mistakes, and nothing else", async () => {
    const cwd = await workspace(js, { "eslint.config.js": ESM_CONFIG, "app.js": SOURCE_JS });
    expect(summarize(await lintJson(js, cwd, ["app.js"]), "app.js")).toEqual(lines(EXPECTED_JS));
  });

  it("installs no TypeScript alongside the plugin", () => {
    expect(existsSync(path.join(js, "node_modules/eslint-plugin-twilio-sid/package.json"))).toBe(true);
    expect(existsSync(path.join(js, "node_modules/typescript"))).toBe(false);
  });

  it("lints where TypeScript is absent (package managers that skip peers)", async () => {
    const scratch = await mkdtemp(path.join(os.tmpdir(), "twilio-sid-no-ts-"));
    try {
      const copy = await copyProject(js, path.join(scratch, "project"), ["typescript"]);
      const cwd = await workspace(copy, { "eslint.config.js": ESM_CONFIG, "app.js": SOURCE_JS });
      expect(summarize(await lintJson(copy, cwd, ["app.js"]), "app.js")).toEqual(lines(EXPECTED_JS));
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
  });

  it("loads the typed client's entry without twilio: at run time it returns the client it is given", async () => {
    expect(existsSync(path.join(js, "node_modules/twilio"))).toBe(false);
    const cwd = await workspace(js, {
      "check.js": `import { typedClient } from "eslint-plugin-twilio-sid/twilio";\nconst client = {};\nconsole.log(typedClient(client) === client);\n`,
    });
    const result = await run(process.execPath, ["check.js"], { cwd });
    expect(result.stderr).toBe("");
    expect(result.stdout.trim()).toBe("true");
  });

  it("loads from a CommonJS eslint.config.cjs that require()s the plugin", async () => {
    const cwd = await workspace(js, { "eslint.config.cjs": CJS_CONFIG, "app.js": SOURCE_JS });
    expect(summarize(await lintJson(js, cwd, ["app.js"]), "app.js")).toEqual(lines(EXPECTED_JS));
  });

  it("reports the same with --concurrency=2", async () => {
    const cwd = await workspace(js, {
      "eslint.config.js": ESM_CONFIG,
      ...Object.fromEntries(MANY_FILES.map((name) => [name, SOURCE_JS])),
    });
    const results = await lintJson(js, cwd, ["--concurrency=2", "."]);
    for (const name of MANY_FILES) expect(summarize(results, name)).toEqual(lines(EXPECTED_JS));
  });

  it("serves a second --cache run from the cache, with the same reports", async () => {
    const cwd = await workspace(js, { "eslint.config.js": ESM_CONFIG, "app.js": SOURCE_JS });
    const args = ["--cache", "--debug", "--format", "json", "app.js"];
    const first = await eslint(js, cwd, args);
    const second = await eslint(js, cwd, args);
    expect(first.stderr).not.toContain(CACHE_HIT);
    expect(second.stderr).toContain(CACHE_HIT);
    expect(summarize(JSON.parse(second.stdout), "app.js")).toEqual(lines(EXPECTED_JS));
  });

  it("relints after the plugin's version changes", async () => {
    // The upgrade is a real tarball installed into a copy, so the shared project stays as other tests expect.
    const { tarball } = await packPlugin();
    const scratch = await mkdtemp(path.join(os.tmpdir(), "twilio-sid-upgrade-"));
    try {
      const upgraded = await bumpedTarball(tarball, scratch);
      const copy = await copyProject(js, path.join(scratch, "project"));
      const cwd = await workspace(copy, { "eslint.config.js": ESM_CONFIG, "app.js": SOURCE_JS });
      const args = ["--cache", "--debug", "--format", "json", "app.js"];
      await eslint(copy, cwd, args);
      expect((await eslint(copy, cwd, args)).stderr).toContain(CACHE_HIT);
      await npmInstall(copy, [upgraded]);
      const afterUpgrade = await eslint(copy, cwd, args);
      expect(afterUpgrade.stderr).not.toContain(CACHE_HIT);
      expect(summarize(JSON.parse(afterUpgrade.stdout), "app.js")).toEqual(lines(EXPECTED_JS));
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
  });
});

describe("ESLint 9", () => {
  let eslint9: string;
  beforeAll(async () => {
    eslint9 = await project("eslint9");
  }, INSTALL_TIMEOUT);

  it("reports the fixture's two mistakes, and nothing else", async () => {
    const cwd = await workspace(eslint9, { "eslint.config.js": ESM_CONFIG, "app.js": SOURCE_JS });
    const version = await eslint(eslint9, cwd, ["--version"]);
    expect(version.stdout).toMatch(/^v9\./);
    expect(summarize(await lintJson(eslint9, cwd, ["app.js"]), "app.js")).toEqual(lines(EXPECTED_JS));
  });

  it("reports the same with --concurrency=2", async () => {
    const cwd = await workspace(eslint9, {
      "eslint.config.js": ESM_CONFIG,
      ...Object.fromEntries(MANY_FILES.map((name) => [name, SOURCE_JS])),
    });
    const results = await lintJson(eslint9, cwd, ["--concurrency=2", "."]);
    for (const name of MANY_FILES) expect(summarize(results, name)).toEqual(lines(EXPECTED_JS));
  });
});

describe("A TypeScript project with typescript-eslint's parser", () => {
  let ts: string;
  beforeAll(async () => {
    ts = await project("ts");
  }, INSTALL_TIMEOUT);

  it("reports the fixture's two mistakes, and nothing else", async () => {
    const cwd = await workspace(ts, { "eslint.config.js": TS_CONFIG, "app.ts": SOURCE_TS });
    expect(summarize(await lintJson(ts, cwd, ["app.ts"]), "app.ts")).toEqual(lines(EXPECTED_TS));
  });

  it("type-checks the `/sid` entry without twilio installed", async () => {
    expect(existsSync(path.join(ts, "node_modules/twilio"))).toBe(false);
    const cwd = await workspace(ts, { "tsconfig.json": TSCONFIG, "ids.ts": SID_USER });
    const result = await tsc(ts, cwd);
    expect(result.stdout + result.stderr).toBe("");
    expect(result.code).toBe(0);
  });
});

describe("The typed Twilio client in a TypeScript project with twilio", () => {
  let withTwilio: string;
  beforeAll(async () => {
    withTwilio = await project("twilio");
  }, INSTALL_TIMEOUT);

  it("type-checks against the project's twilio and names both kinds of a wrong SID", async () => {
    const cwd = await workspace(withTwilio, { "tsconfig.json": TSCONFIG, "hangup.ts": TWILIO_USER });
    const result = await tsc(withTwilio, cwd);
    expect(result.stdout.trim().split("\n")[0]).toMatch(
      /^hangup\.ts\(8,22\): error TS2345: Argument of type '`(SM|MM)\$\{string\}` \| `(SM|MM)\$\{string\}`' is not assignable to parameter of type 'CallSid'\.$/,
    );
    expect(result.stdout.match(/error TS/g)).toHaveLength(1);
  }, TSC_TIMEOUT);
});

/** A copy of `tarball` at a higher version, packed by npm as a release would be. */
async function bumpedTarball(tarball: string, scratch: string): Promise<string> {
  const extracted = path.join(scratch, "package");
  const untar = await run("tar", ["-xzf", tarball, "-C", scratch], { cwd: scratch });
  if (untar.code !== 0) throw new Error(untar.stderr);
  // The plugin reads its `meta.version` from the copy of package.json that the build puts in dist/.
  for (const manifest of ["package.json", "dist/package.json"]) {
    const file = path.join(extracted, manifest);
    if (!existsSync(file)) continue;
    const json = JSON.parse(await readFile(file, "utf8")) as { version: string };
    await writeFile(file, JSON.stringify({ ...json, version: `${json.version}-upgraded` }));
  }
  const packed = await run("npm", ["pack", "--json", "--pack-destination", scratch], { cwd: extracted });
  if (packed.code !== 0) throw new Error(packed.stderr);
  return path.join(scratch, (JSON.parse(packed.stdout) as [{ filename: string }])[0].filename);
}
