// `npx tsx bench/apps/count-client-calls.ts`: how dense the app corpus is with twilio-node calls.
// TypeScript is counted by type (the call's signature is declared in twilio's lib/rest), JavaScript by syntax
// (a call to a method that ends one of the chains the plugin checks).
import { readdirSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import ts from "typescript";
import { POSITION_METHODS } from "../../src/chains.js";

const ROOT = resolve(import.meta.dirname);
const TS_PROJECT = join(ROOT, "ts/tsconfig.json");
const JS_ROOT = join(ROOT, "js");
const TWILIO_REST = `${join("node_modules", "twilio", "lib", "rest")}/`;

export interface TypedCount {
  files: number;
  /** Calls of a resource list with an argument: `calls(sid)`, `participants(callSid)`. */
  positions: number;
  /** Every other call into twilio's REST declarations: `create()`, `fetch()`, `update()`, `list()`, `summary()`. */
  operations: number;
}

/** Calls in the TypeScript code base whose signature twilio-node declares under lib/rest. */
export function countTyped(): TypedCount {
  const config = ts.getParsedCommandLineOfConfigFile(TS_PROJECT, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
  if (!config) throw new Error(`Cannot read ${TS_PROJECT}`);
  const program = ts.createProgram(config.fileNames, config.options);
  const checker = program.getTypeChecker();
  const count: TypedCount = { files: 0, positions: 0, operations: 0 };
  for (const file of program.getSourceFiles()) {
    if (file.isDeclarationFile || !file.fileName.startsWith(join(ROOT, "ts"))) continue;
    count.files++;
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node)) {
        const declaration = checker.getResolvedSignature(node)?.getDeclaration();
        if (declaration?.getSourceFile().fileName.includes(TWILIO_REST)) {
          if (ts.isCallSignatureDeclaration(declaration) && node.arguments.length > 0) count.positions++;
          else count.operations++;
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return count;
}

/** Files under `directory` whose name ends in one of `extensions`, node_modules left out. */
function filesUnder(directory: string, extensions: readonly string[]): string[] {
  return readdirSync(directory, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && extensions.some((extension) => entry.name.endsWith(extension)))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((path) => !path.includes("node_modules"));
}

export interface SyntacticCount {
  files: number;
  /** `<something>.<method>(<argument>)` where `<method>` ends a chain the plugin checks. */
  positions: number;
}

/** Calls in the JavaScript code base that look like client positions. */
export function countSyntactic(directory = JS_ROOT): SyntacticCount {
  const files = filesUnder(directory, [".js", ".cjs", ".mjs"]);
  let positions = 0;
  for (const path of files) {
    const file = ts.createSourceFile(path, ts.sys.readFile(path) ?? "", ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
    const visit = (node: ts.Node): void => {
      if (
        ts.isCallExpression(node) &&
        node.arguments.length > 0 &&
        ts.isPropertyAccessExpression(node.expression) &&
        POSITION_METHODS.has(node.expression.name.text)
      ) {
        positions++;
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return { files: files.length, positions };
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const typed = countTyped();
  const js = countSyntactic();
  console.log(`ts (${relative(process.cwd(), TS_PROJECT)}): ${typed.files} files, ${typed.positions} resource calls with an argument, ${typed.operations} other REST calls`);
  console.log(`js (${relative(process.cwd(), JS_ROOT)}): ${js.files} files, ${js.positions} resource calls with an argument (syntactic)`);
}
