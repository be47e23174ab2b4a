import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { packPlugin, ROOT, run } from "./helpers/projects.js";

/** What users need: the manifest, the readme and licence, and the built code with its declarations. */
const SHIPPED = /^package\/(?:package\.json|README\.md|LICENSE|dist\/(?:src|src\/sites|rules)\/[\w.-]+\.(?:js|d\.ts))$/;

const bin = (name: string) => path.join(ROOT, "node_modules/.bin", name);

describe("the packed tarball", () => {
  let tarball: string;
  let files: string[];
  beforeAll(async () => {
    ({ tarball } = await packPlugin());
    const listing = await run("tar", ["-tzf", tarball], { cwd: ROOT });
    files = listing.stdout.trim().split("\n").sort();
  });

  it("is publint clean, warnings included", async () => {
    const result = await run(bin("publint"), ["run", "--strict", "--pack", "false", tarball], { cwd: ROOT });
    // publint numbers each problem it finds: `1. ./dist/package.json has an "exports" field...`.
    const problems = `${result.stdout}\n${result.stderr}`.split("\n").filter((line) => /^\d+\. /.test(line));
    expect(problems).toEqual([]);
    expect(result.code).toBe(0);
  });

  it("has right types for ESM users (attw --profile esm-only)", async () => {
    const result = await run(bin("attw"), [tarball, "--profile", "esm-only", "--format", "ascii", "--no-color"], {
      cwd: ROOT,
    });
    expect(result.stdout + result.stderr).toContain("node16 (from ESM): 🟢");
    expect(result.code).toBe(0);
  });

  it("holds only what users need", () => {
    expect(files.filter((file) => !SHIPPED.test(file))).toEqual([]);
    expect(files).toContain("package/README.md");
    expect(files).toContain("package/LICENSE");
  });

  it("needs twilio only for the /twilio entry: an optional peer, imported by that entry's declarations alone", async () => {
    const manifest = JSON.parse((await run("tar", ["-xzOf", tarball, "package/package.json"], { cwd: ROOT })).stdout) as {
      peerDependencies: Record<string, string>;
      peerDependenciesMeta: Record<string, { optional?: boolean }>;
    };
    expect(manifest.peerDependencies.twilio).toBeDefined();
    expect(manifest.peerDependenciesMeta.twilio?.optional).toBe(true);
    const importers: string[] = [];
    for (const file of files.filter((name) => /\.(?:js|d\.ts)$/.test(name))) {
      const text = (await run("tar", ["-xzOf", tarball, file], { cwd: ROOT })).stdout;
      if (/^(?:import|export)\b.* from "twilio(?:\/[^"]*)?"|\bimport\("twilio/m.test(text)) importers.push(file);
    }
    expect(importers).toEqual(["package/dist/src/twilio.d.ts"]);
  });

  it("holds every file its exports point at", async () => {
    const manifest = JSON.parse(
      (await run("tar", ["-xzOf", tarball, "package/package.json"], { cwd: ROOT })).stdout,
    ) as { exports: Record<string, string | Record<string, string>> };
    const targets = Object.values(manifest.exports).flatMap((target) =>
      typeof target === "string" ? [target] : Object.values(target),
    );
    for (const target of targets) expect(files).toContain(path.posix.join("package", target));
  });
});
