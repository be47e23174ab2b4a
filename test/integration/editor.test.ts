import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  EXPECTED_DOTENV,
  EXPECTED_JS,
  EXPECTED_JSON,
  EXPECTED_TOML,
  EXPECTED_TS,
  EXPECTED_YAML,
  lines,
  SOURCE_DOTENV,
  SOURCE_JS,
  SOURCE_JSON,
  SOURCE_TOML,
  SOURCE_TS,
  SOURCE_YAML,
} from "./fixtures.js";
import { type Diagnostic, fileUri, LSP_TIMEOUT, LspClient } from "./helpers/lsp.js";
import { INSTALL_TIMEOUT, project, removeWorkspaces, ROOT, workspace } from "./helpers/projects.js";

const ESLINT_CONFIG = `import json from "@eslint/json";
import tsParser from "@typescript-eslint/parser";
import toml from "eslint-plugin-toml";
import yml from "eslint-plugin-yml";
import twilioSid from "eslint-plugin-twilio-sid";

export default [
  { files: ["**/*.ts"], languageOptions: { parser: tsParser } },
  { files: ["**/*.json"], plugins: { json }, language: "json/json" },
  { files: ["**/*.{yml,yaml}"], plugins: { yml }, language: "yml/yaml" },
  { files: ["**/*.toml"], plugins: { toml }, language: "toml/toml" },
  { files: ["**/.env", "**/.env.*", "**/*.env"], language: "twilio-sid/dotenv" },
  twilioSid.configs.recommended,
];
`;

/** Typed linting through typescript-eslint's project service, as its docs set it up. */
const TYPED_ESLINT_CONFIG = `import tsParser from "@typescript-eslint/parser";
import twilioSid from "eslint-plugin-twilio-sid";

export default [
  {
    files: ["**/*.ts"],
    languageOptions: { parser: tsParser, parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
  },
  twilioSid.configs.recommended,
];
`;

/** The app's client, made in a module of its own. */
const CLIENT_MODULE = `import twilio from "twilio";

export const messagingClient = twilio(process.env.TWILIO_ACCOUNT_SID, process.env.TWILIO_AUTH_TOKEN);
`;

/** A file that only imports the client: only its type says it is one, and only a type says what \`failed\` holds. */
const IMPORTED_CLIENT_APP = `import type { MessageSid } from "eslint-plugin-twilio-sid/sid";
import { messagingClient } from "./client.js";

export async function cancel(failed: MessageSid): Promise<void> {
  await messagingClient.calls(failed).update({ status: "canceled" });
}
`;
const IMPORTED_CLIENT_EXPECTED = [
  `twilio-sid/sid-matches-resource 5:31-37 \`messagingClient.calls()\` takes a Call SID (CA...); \`failed\` is of type \`MessageSid\`, which holds a Message SID (SM... or MM...).`,
];

/** Building the typed program reads twilio's 758 declaration files. */
const TYPED_LINT_TIMEOUT = 180_000;

/** A 6-character SID: `sid()` must refuse it at compile time. */
const SID_CALL = `import { sid } from "eslint-plugin-twilio-sid/sid";

export const callSid = sid("CA0123");
`;
const SID_LITERAL = { line: 2, start: SID_CALL.split("\n")[2]!.indexOf('"CA0123"') };

/** A Message SID where the typed client takes a Call SID: the error must sit on `message.sid` and name `CallSid`. */
const TYPED_CLIENT = `import twilio from "twilio";
import { typedClient } from "eslint-plugin-twilio-sid/twilio";

declare const accountSid: string, authToken: string;
const client = typedClient(twilio(accountSid, authToken));
export async function hangUp() {
  const message = await client.messages.create({ to: "+15005550006", from: "+15005550001", body: "hi" });
  await client.calls(message.sid).update({ status: "completed" });
}
`;
const TYPED_CLIENT_ARGUMENT = { line: 7, start: TYPED_CLIENT.split("\n")[7]!.indexOf("message.sid") };
/**
 * A file that imports twilio makes the server load twilio's 800 declaration files first. TypeScript 6's server takes as
 * long with the plain client as with the typed one (both 26 to 43 s on two cores shared with a load average of 12,
 * under 4 s on TypeScript 7), so these tests wait longer than the others for what twilio itself costs.
 */
const TWILIO_LSP_TIMEOUT = 150_000;

const TSCONFIG = `${JSON.stringify(
  { compilerOptions: { strict: true, module: "nodenext", target: "es2022", noEmit: true }, include: ["*.ts"] },
  null,
  2,
)}\n`;

const LSP_ERROR = 1;

/** `ruleId line:column-endColumn message` with 1-based positions, as the CLI tests print ESLint's results. */
function summarize(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map(
    ({ code, range, message }) => `${code} ${range.start.line + 1}:${range.start.character + 1}-${range.end.character + 1} ${message}`,
  );
}

let client: LspClient | undefined;
afterEach(async () => {
  await client?.close();
  client = undefined;
});
afterAll(removeWorkspaces);

/** Starts a server over stdio and runs the LSP handshake for one workspace folder. */
async function start(
  command: readonly [string, ...string[]],
  folder: string,
  configure: (client: LspClient) => void,
  initializationOptions: unknown = {},
): Promise<{ client: LspClient; capabilities: Record<string, unknown> }> {
  const [executable, ...args] = command;
  const started = new LspClient(executable, args, folder);
  client = started;
  configure(started);
  const { capabilities } = await started.request<{ capabilities: Record<string, unknown> }>("initialize", {
    processId: process.pid,
    rootUri: fileUri(folder),
    workspaceFolders: [{ uri: fileUri(folder), name: path.basename(folder) }],
    capabilities: {
      workspace: { configuration: true, workspaceFolders: true },
      textDocument: {
        diagnostic: { dynamicRegistration: false },
        publishDiagnostics: { relatedInformation: true },
        synchronization: { didSave: true },
      },
    },
    initializationOptions,
  });
  started.notify("initialized", {});
  return { client: started, capabilities };
}

async function open(server: LspClient, file: string, languageId: string): Promise<string> {
  const uri = fileUri(file);
  server.notify("textDocument/didOpen", {
    textDocument: { uri, languageId, version: 1, text: await readFile(file, "utf8") },
  });
  return uri;
}

/** Pulls a document's diagnostics where the server offers it; otherwise waits for the first non-empty push. */
async function diagnosticsOf(server: LspClient, uri: string, pull: boolean, timeout = LSP_TIMEOUT): Promise<Diagnostic[]> {
  if (pull) {
    const report = await server.request<{ items: Diagnostic[] }>("textDocument/diagnostic", { textDocument: { uri } }, timeout);
    return report.items;
  }
  const published = await server.waitForNotification<{ uri: string; diagnostics: Diagnostic[] }>(
    "textDocument/publishDiagnostics",
    (params) => params.uri === uri && params.diagnostics.length > 0,
    timeout,
  );
  return published.diagnostics;
}

/** VS Code's ESLint language server on one workspace folder, with the extension's settings for a flat config. */
function startEslintServer(folder: string): ReturnType<typeof start> {
  const workspaceFolder = { uri: fileUri(folder), name: path.basename(folder) };
  return start(
    [process.execPath, path.join(ROOT, "node_modules/vscode-langservers-extracted/bin/vscode-eslint-language-server"), "--stdio"],
    folder,
    (server) =>
      // The extension's settings for a flat-config workspace; ESLint 10 needs no `useFlatConfig`.
      server.onRequest("workspace/configuration", (params) =>
        (params as { items: unknown[] }).items.map(() => ({
          validate: "on",
          packageManager: "npm",
          useESLintClass: false,
          experimental: {},
          codeAction: {
            disableRuleComment: { enable: true, location: "separateLine", commentStyle: "line" },
            showDocumentation: { enable: true },
          },
          codeActionOnSave: { enable: false, mode: "all" },
          format: false,
          quiet: false,
          onIgnoredFiles: "off",
          options: {},
          rulesCustomizations: [],
          run: "onType",
          problems: { shortenToSingleLine: false },
          nodePath: null,
          workingDirectory: { mode: "location" },
          workspaceFolder,
        })),
      ),
  );
}

describe("the ESLint language server (VS Code's ESLint extension)", () => {
  let ts: string;
  beforeAll(async () => {
    ts = await project("ts");
  }, INSTALL_TIMEOUT);

  it("underlines the mistakes in JS, TS, JSON, YAML, .env and TOML documents with the rule's messages", async () => {
    const folder = await workspace(ts, {
      "eslint.config.js": ESLINT_CONFIG,
      "app.js": SOURCE_JS,
      "app.ts": SOURCE_TS,
      "settings.json": SOURCE_JSON,
      ".github/workflows/deploy.yml": SOURCE_YAML,
      ".env": SOURCE_DOTENV,
      "wrangler.toml": SOURCE_TOML,
    });
    const { client: server, capabilities } = await startEslintServer(folder);
    expect(capabilities.diagnosticProvider).toBeDefined();
    const documents = [
      ["app.js", "javascript", EXPECTED_JS],
      ["app.ts", "typescript", EXPECTED_TS],
      ["settings.json", "json", EXPECTED_JSON],
      // The language ids VS Code gives these files with its YAML support, the DotENV and Even Better TOML extensions.
      [".github/workflows/deploy.yml", "yaml", EXPECTED_YAML],
      [".env", "dotenv", EXPECTED_DOTENV],
      ["wrangler.toml", "toml", EXPECTED_TOML],
    ] as const;
    for (const [name, languageId, expected] of documents) {
      const uri = await open(server, path.join(folder, name), languageId);
      const diagnostics = await diagnosticsOf(server, uri, true);
      expect(summarize(diagnostics), name).toEqual(lines(expected));
      for (const diagnostic of diagnostics) expect(diagnostic.severity, name).toBe(LSP_ERROR);
    }
  });
});

describe("the ESLint language server with typed linting", () => {
  let typed: string;
  beforeAll(async () => {
    typed = await project("typed");
  }, INSTALL_TIMEOUT);

  it(
    "underlines a mistake in a file whose client is imported from another module",
    async () => {
      const folder = await workspace(typed, {
        "eslint.config.js": TYPED_ESLINT_CONFIG,
        "tsconfig.json": TSCONFIG,
        "client.ts": CLIENT_MODULE,
        "app.ts": IMPORTED_CLIENT_APP,
      });
      const { client: server } = await startEslintServer(folder);
      const uri = await open(server, path.join(folder, "app.ts"), "typescript");
      const diagnostics = await diagnosticsOf(server, uri, true, TYPED_LINT_TIMEOUT);
      expect(summarize(diagnostics)).toEqual(IMPORTED_CLIENT_EXPECTED);
      expect(diagnostics[0]!.severity).toBe(LSP_ERROR);
    },
    TYPED_LINT_TIMEOUT,
  );
});
/** typescript-language-server over the workspace project's own TypeScript 6, as the editor would pick it. */
function typescriptLanguageServer(folder: string) {
  return start(
    [process.execPath, path.join(ROOT, "node_modules/typescript-language-server/lib/cli.mjs"), "--stdio"],
    folder,
    () => {},
    { tsserver: { path: path.join(folder, "../../node_modules/typescript/lib/tsserver.js") } },
  );
}

/** TypeScript 7's own language server. */
function nativeLanguageServer(folder: string) {
  return start([process.execPath, path.join(ROOT, "node_modules/typescript-7/bin/tsc"), "--lsp", "--stdio"], folder, (server) =>
    server.onRequest("workspace/configuration", (params) => (params as { items: unknown[] }).items.map(() => ({}))),
  );
}

/** The one error of a document's diagnostics. */
function onlyError(diagnostics: readonly Diagnostic[]): Diagnostic {
  const errors = diagnostics.filter((diagnostic) => diagnostic.severity === LSP_ERROR);
  expect(errors, JSON.stringify(diagnostics)).toHaveLength(1);
  return errors[0]!;
}

describe("`sid()` in TypeScript's language servers", () => {
  let folder: string;
  beforeAll(async () => {
    const ts = await project("ts");
    folder = await workspace(ts, { "tsconfig.json": TSCONFIG, "check.ts": SID_CALL });
  }, INSTALL_TIMEOUT);

  /** The squiggle sits on the literal and says what is wrong with its length. */
  function expectSidError(diagnostics: readonly Diagnostic[]): void {
    const error = onlyError(diagnostics);
    expect(error.range.start).toEqual({ line: SID_LITERAL.line, character: SID_LITERAL.start });
    expect(error.range.end).toEqual({ line: SID_LITERAL.line, character: SID_LITERAL.start + '"CA0123"'.length });
    expect(error.message).toMatch(/CA0123/);
    expect(error.message).toMatch(/34 characters/);
  }

  it("typescript-language-server over TypeScript 6 reports it at the literal", async () => {
    const { client: server } = await typescriptLanguageServer(folder);
    const uri = await open(server, path.join(folder, "check.ts"), "typescript");
    expectSidError(await diagnosticsOf(server, uri, false));
  });

  it("TypeScript 7's tsc --lsp reports it at the literal", async () => {
    const { client: server, capabilities } = await nativeLanguageServer(folder);
    const uri = await open(server, path.join(folder, "check.ts"), "typescript");
    expectSidError(await diagnosticsOf(server, uri, capabilities.diagnosticProvider !== undefined));
  });
});

describe("The typed Twilio client in TypeScript's language servers", () => {
  let folder: string;
  beforeAll(async () => {
    const withTwilio = await project("twilio");
    folder = await workspace(withTwilio, { "tsconfig.json": TSCONFIG, "hangup.ts": TYPED_CLIENT });
  }, INSTALL_TIMEOUT);

  /** The squiggle sits on the argument and names the kind the call takes. */
  function expectKindError(diagnostics: readonly Diagnostic[]): void {
    const error = onlyError(diagnostics);
    const { line, start } = TYPED_CLIENT_ARGUMENT;
    expect(error.range.start).toEqual({ line, character: start });
    expect(error.range.end).toEqual({ line, character: start + "message.sid".length });
    expect(error.message).toMatch(/^Argument of type '`(SM|MM)\$\{string\}` \| `(SM|MM)\$\{string\}`' is not assignable to parameter of type 'CallSid'\./);
  }

  it("typescript-language-server over TypeScript 6 reports a Message SID passed as a Call SID", async () => {
    const { client: server } = await typescriptLanguageServer(folder);
    const uri = await open(server, path.join(folder, "hangup.ts"), "typescript");
    expectKindError(await diagnosticsOf(server, uri, false, TWILIO_LSP_TIMEOUT));
  }, TWILIO_LSP_TIMEOUT + LSP_TIMEOUT);

  it("TypeScript 7's tsc --lsp reports a Message SID passed as a Call SID", async () => {
    const { client: server, capabilities } = await nativeLanguageServer(folder);
    const uri = await open(server, path.join(folder, "hangup.ts"), "typescript");
    expectKindError(await diagnosticsOf(server, uri, capabilities.diagnosticProvider !== undefined, TWILIO_LSP_TIMEOUT));
  }, TWILIO_LSP_TIMEOUT + LSP_TIMEOUT);
});
