import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { Linter, type Rule } from "eslint";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "../..");
const DIST = join(ROOT, "dist");
// `npm test` builds first; alone, run `npm run build` before this file.
const FILES = existsSync(DIST)
  ? readdirSync(DIST, { recursive: true, encoding: "utf8" })
      .filter((file) => file.endsWith(".js"))
      .map((file) => join(DIST, file))
  : [];

interface Found {
  /** Module specifiers the file loads, statically or dynamically (undefined: not a string literal). */
  imports: (string | undefined)[];
  /** Names the file reads from the global scope. */
  globals: string[];
}

/** Reads imports and unresolved globals the way ESLint sees them: a probe rule on the file's own scope analysis. */
function inspect(code: string): Found {
  const found: Found = { imports: [], globals: [] };
  const probe: Rule.RuleModule = {
    create(context) {
      const source = (node: { source?: unknown }) => {
        const literal = node.source as { type: string; value?: unknown } | null | undefined;
        if (literal) found.imports.push(literal.type === "Literal" && typeof literal.value === "string" ? literal.value : undefined);
      };
      return {
        ImportDeclaration: source,
        ExportAllDeclaration: source,
        ExportNamedDeclaration: source,
        ImportExpression: source,
        "Program:exit"(node) {
          const scope = context.sourceCode.getScope(node);
          found.globals = [...new Set(scope.through.map((reference) => reference.identifier.name))].sort();
        },
      };
    },
  };
  const messages = new Linter({ configType: "flat" }).verify(code, {
    languageOptions: { sourceType: "module", ecmaVersion: "latest" },
    plugins: { probe: { rules: { inspect: probe } } },
    rules: { "probe/inspect": "error" },
  });
  expect(messages.filter((message) => message.fatal)).toEqual([]);
  return found;
}

const MANIFEST = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as Record<string, Record<string, string> | undefined>;
const DEPENDENCIES = Object.keys(MANIFEST.dependencies ?? {});
// The package reads its own version through `createRequire`: module loading, not file access of its own.
const ALLOWED_BUILTINS = ["node:module"];

describe("the built plugin does nothing but lint", () => {
  it("is built", () => {
    expect(FILES.length, "run `npm run build` first").toBeGreaterThan(0);
  });

  it("sees what a file loads and reads (the probe itself works)", () => {
    const code = `import fs from "node:fs"; export * from "./a.js"; await import(name); fetch(process.env.URL, Map);`;
    expect(inspect(code)).toEqual({ imports: ["node:fs", "./a.js", undefined], globals: ["fetch", "name", "process"] });
  });

  it.each(FILES.map((file) => [relative(ROOT, file), file]))(
    "%s imports only its own files, its declared dependencies and node:module",
    (_, file) => {
      const { imports } = inspect(readFileSync(file, "utf8"));
      for (const specifier of imports) {
        expect(specifier, "a dynamic import of a computed name").toBeDefined();
        if (specifier!.startsWith(".")) {
          expect(resolve(dirname(file), specifier!).startsWith(DIST + sep), specifier).toBe(true);
        } else {
          // Bans node:fs, node:net, node:http, node:child_process, worker_threads... and any undeclared package.
          const declared = DEPENDENCIES.some((name) => specifier === name || specifier!.startsWith(`${name}/`));
          expect(declared || ALLOWED_BUILTINS.includes(specifier!), specifier).toBe(true);
        }
      }
    },
  );

  it.each(FILES.map((file) => [relative(ROOT, file), file]))(
    "%s reads no global beyond ECMAScript's own (no process, require, fetch, WebSocket)",
    (_, file) => {
      // ECMAScript's own globals resolve in the scope analysis; anything left is the host's.
      expect(inspect(readFileSync(file, "utf8")).globals).toEqual([]);
    },
  );

  it("depends at run time on typescript-eslint's AST types and ESLint's own plugin kit (the dotenv language) alone", () => {
    // ESLint itself depends on @eslint/plugin-kit, so a project that has ESLint has it already.
    expect([...DEPENDENCIES].sort()).toEqual(["@eslint/plugin-kit", "@typescript-eslint/types"]);
    const eslintManifest = JSON.parse(readFileSync(join(ROOT, "node_modules/eslint/package.json"), "utf8")) as { dependencies: Record<string, string> };
    expect(Object.keys(eslintManifest.dependencies)).toContain("@eslint/plugin-kit");
    expect(Object.keys(MANIFEST.optionalDependencies ?? {})).toEqual([]);
    expect(Object.keys(MANIFEST.bundleDependencies ?? MANIFEST.bundledDependencies ?? {})).toEqual([]);
  });
});
