import { existsSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { collectFiles, huntFile, ROOT, sample, VARIANTS } from "./hunt.js";

// The full hunt (`npm run hunt`) takes many minutes; CI lints a fixed sample of each variant's files.
const SAMPLE_SIZE = 20;

// Real files that once failed whole runs under `markdown/gfm` (autolink literals make nodes without a position).
const KNOWN_CRASHERS = ["eslint/README.md", "natural-compare/README.md", "vitest/LICENSE.md"].map((path) =>
  join(ROOT, "node_modules", path),
);

const NODE_MODULES = join(ROOT, "node_modules");

describe.each(VARIANTS)("crash hunt: every config on real files ($name)", (variant) => {
  const files = collectFiles(NODE_MODULES, variant.extensions);
  const picked = sample(files, SAMPLE_SIZE);
  const extra = KNOWN_CRASHERS.filter((path) => variant.extensions.some((extension) => path.endsWith(extension)));

  // node_modules holds no TOML file: generated TOML documents stand in (test/reliability/documents.test.ts).
  it.skipIf(variant.name === "toml/toml")("has files to lint", () => {
    expect(picked.length).toBe(Math.min(SAMPLE_SIZE, files.length));
    expect(picked.length).toBeGreaterThan(0);
  });

  it.each([...extra, ...picked].filter(existsSync).map((path) => [relative(NODE_MODULES, path), path]))("%s", (_, path) => {
    expect(huntFile(path, variant).crashes).toEqual([]);
  });
});
