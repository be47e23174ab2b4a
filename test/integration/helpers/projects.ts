import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { copyFile, cp, mkdir, mkdtemp, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "../../..");

/** Installs are the slow part; a cold one from the warm npm cache takes seconds, a registry fetch longer. */
export const INSTALL_TIMEOUT = 240_000;

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a command to completion; a non-zero exit is a result, not an error (ESLint exits 1 on reports). */
export function run(
  command: string,
  args: readonly string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; timeout?: number },
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    execFile(
      command,
      args,
      {
        cwd: options.cwd,
        env: { ...process.env, NODE_OPTIONS: "", ...options.env },
        timeout: options.timeout ?? 60_000,
        maxBuffer: 64 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : error.code;
        if (typeof code !== "number") reject(new Error(`${command} ${args.join(" ")} failed: ${error?.message}\n${stderr}`));
        else resolve({ code, stdout, stderr });
      },
    );
  });
}

/** The version of a package this repo has installed, so temp projects get what the lock file (and npm cache) has. */
function installedVersion(directory: string): string {
  const manifest = path.join(ROOT, "node_modules", directory, "package.json");
  return (JSON.parse(readFileSync(manifest, "utf8")) as { version: string }).version;
}

/** The temporary projects users would have: what each one installs next to the plugin's tarball. */
const PROJECTS = {
  /** Plain JavaScript with ESLint 10: no TypeScript anywhere. */
  js: () => [`eslint@${installedVersion("eslint")}`],
  eslint9: () => [`eslint@${installedVersion("eslint-9")}`],
  /** TypeScript with typescript-eslint's parser, and JSON, YAML and TOML linting: the editor tests' workspace too. */
  ts: () => [
    `eslint@${installedVersion("eslint")}`,
    `typescript@${installedVersion("typescript")}`,
    `@typescript-eslint/parser@${installedVersion("@typescript-eslint/parser")}`,
    `@eslint/json@${installedVersion("@eslint/json")}`,
    `eslint-plugin-yml@${installedVersion("eslint-plugin-yml")}`,
    `eslint-plugin-toml@${installedVersion("eslint-plugin-toml")}`,
  ],
  /** The TypeScript project with twilio installed, for typed linting: the editor tests' typed workspace. */
  typed: () => [
    `eslint@${installedVersion("eslint")}`,
    `typescript@${installedVersion("typescript")}`,
    `@typescript-eslint/parser@${installedVersion("@typescript-eslint/parser")}`,
    `twilio@${installedVersion("twilio")}`,
  ],
  /** oxlint at the version this repo pins, loading the plugin through `jsPlugins` (npm adds ESLint as its peer). */
  oxlint: () => [`oxlint@${installedVersion("oxlint")}`],
  /** TypeScript with twilio: the typed client's project (`eslint-plugin-twilio-sid/twilio`). */
  twilio: () => [`typescript@${installedVersion("typescript")}`, `twilio@${installedVersion("twilio")}`],
} satisfies Record<string, () => string[]>;

export type ProjectKind = keyof typeof PROJECTS;

export interface Packed {
  /** The tarball `npm pack` wrote. */
  tarball: string;
  /** Everything built from this tarball lives here; the directory name is the tarball's hash. */
  cacheDir: string;
}

function hash(data: string | Buffer): string {
  return createHash("sha256").update(data).digest("hex");
}

let packed: Promise<Packed> | undefined;

/** `npm pack`s the built plugin once per worker; identical contents share one cache directory across workers and runs. */
export function packPlugin(): Promise<Packed> {
  packed ??= (async () => {
    const destination = await mkdtemp(path.join(os.tmpdir(), "twilio-sid-pack-"));
    const result = await run("npm", ["pack", "--json", "--pack-destination", destination], { cwd: ROOT });
    if (result.code !== 0) throw new Error(`npm pack failed (did \`npm run build\` run?):\n${result.stderr}`);
    const [{ filename }] = JSON.parse(result.stdout) as [{ filename: string }];
    const key = hash(await readFile(path.join(destination, filename))).slice(0, 16);
    const base = path.join(os.tmpdir(), "eslint-plugin-twilio-sid-integration");
    const cacheDir = path.join(base, key);
    await mkdir(cacheDir, { recursive: true });
    const tarball = path.join(cacheDir, filename);
    // Copied under a private name and renamed into place, so no worker ever installs a half-written tarball.
    if (!existsSync(tarball)) {
      await copyFile(path.join(destination, filename), `${tarball}.${process.pid}`);
      await rename(`${tarball}.${process.pid}`, tarball);
    }
    await rm(destination, { recursive: true, force: true });
    await pruneStale(base, key);
    return { tarball, cacheDir };
  })();
  return packed;
}

/** Builds of older tarballs are dropped after a day: long enough for any run still using them. */
async function pruneStale(base: string, keep: string): Promise<void> {
  const dayAgo = Date.now() - 24 * 60 * 60 * 1000;
  for (const entry of await readdir(base)) {
    if (entry === keep) continue;
    const { mtimeMs } = await stat(path.join(base, entry));
    if (mtimeMs < dayAgo) await rm(path.join(base, entry), { recursive: true, force: true });
  }
}

/** True while the process that took a lock is alive. */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Runs `build` once across every worker: the first takes a `mkdir` lock, the others wait for its `.ready` marker.
 * A lock whose owner died is taken over.
 */
async function once(directory: string, build: (directory: string) => Promise<void>): Promise<string> {
  const ready = path.join(directory, ".ready");
  const lock = `${directory}.lock`;
  const deadline = Date.now() + INSTALL_TIMEOUT;
  while (!existsSync(ready)) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${directory}.`);
    try {
      await mkdir(lock);
    } catch {
      const owner = Number(await readFile(path.join(lock, "pid"), "utf8").catch(() => "0"));
      if (owner !== 0 && !isAlive(owner)) await rm(lock, { recursive: true, force: true });
      await new Promise((resolve) => setTimeout(resolve, 250));
      continue;
    }
    try {
      await writeFile(path.join(lock, "pid"), String(process.pid));
      if (existsSync(ready)) break;
      await rm(directory, { recursive: true, force: true });
      await mkdir(directory, { recursive: true });
      await build(directory);
      await writeFile(ready, "");
    } finally {
      await rm(lock, { recursive: true, force: true });
    }
  }
  return directory;
}

/** `npm install`s into `directory` the way a user would, from the local cache where it can. */
export async function npmInstall(directory: string, specs: readonly string[]): Promise<void> {
  const result = await run("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", ...specs], {
    cwd: directory,
    timeout: INSTALL_TIMEOUT,
  });
  if (result.code !== 0) throw new Error(`npm install ${specs.join(" ")} failed:\n${result.stderr}`);
}

const projects = new Map<ProjectKind, Promise<string>>();

/** A temporary project of this kind with the packed plugin installed from its tarball (never linked). */
export function project(kind: ProjectKind): Promise<string> {
  let built = projects.get(kind);
  if (!built) {
    const specs = PROJECTS[kind]();
    // Keyed by what gets installed as well as by the tarball: a lock file bump rebuilds the project.
    const key = `${kind}-${hash(specs.join(" ")).slice(0, 8)}`;
    built = packPlugin().then(({ tarball, cacheDir }) =>
      once(path.join(cacheDir, key), async (directory) => {
        await writeFile(
          path.join(directory, "package.json"),
          `${JSON.stringify({ name: `twilio-sid-${kind}-project`, private: true, type: "module" }, null, 2)}\n`,
        );
        await npmInstall(directory, [tarball, ...specs]);
      }),
    );
    projects.set(kind, built);
  }
  return built;
}

const workspaces: string[] = [];

/**
 * A fresh directory inside a project, holding `files`: node resolves the project's packages from there,
 * and tests never touch each other's files or the shared install.
 */
export async function workspace(projectDir: string, files: Record<string, string>): Promise<string> {
  await mkdir(path.join(projectDir, "cases"), { recursive: true });
  const directory = await mkdtemp(path.join(projectDir, "cases", "case-"));
  workspaces.push(directory);
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(directory, name)), { recursive: true });
    await writeFile(path.join(directory, name), text);
  }
  return directory;
}

/** A private copy of a project for tests that change its install, minus `without` (paths inside node_modules). */
export async function copyProject(projectDir: string, destination: string, without: readonly string[] = []): Promise<string> {
  const skipped = new Set([path.join(projectDir, "cases"), ...without.map((name) => path.join(projectDir, "node_modules", name))]);
  await cp(projectDir, destination, { recursive: true, verbatimSymlinks: true, filter: (source) => !skipped.has(source) });
  return destination;
}

/** Removes this worker's workspaces; the installs stay cached for the next run. */
export async function removeWorkspaces(): Promise<void> {
  await Promise.all(workspaces.splice(0).map((directory) => rm(directory, { recursive: true, force: true })));
}

/** ESLint's CLI as the project has it installed. */
export function eslint(projectDir: string, cwd: string, args: readonly string[]): Promise<RunResult> {
  return run(process.execPath, [path.join(projectDir, "node_modules/eslint/bin/eslint.js"), ...args], { cwd });
}

export interface LintMessage {
  ruleId: string | null;
  message: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  severity: number;
}

export interface LintResult {
  filePath: string;
  messages: LintMessage[];
}

/** Runs ESLint with `--format json` and parses its results; a crash (exit 2) is an error. */
export async function lintJson(projectDir: string, cwd: string, args: readonly string[]): Promise<LintResult[]> {
  const result = await eslint(projectDir, cwd, ["--format", "json", ...args]);
  if (result.code === 2) throw new Error(`ESLint crashed:\n${result.stderr}\n${result.stdout}`);
  return JSON.parse(result.stdout) as LintResult[];
}

/** `ruleId line:column-endColumn message` per message of the file named `name`: one readable line per report. */
export function summarize(results: readonly LintResult[], name: string): string[] {
  const result = results.find((entry) => path.basename(entry.filePath) === name);
  if (!result) throw new Error(`No results for ${name}.`);
  return result.messages.map(
    (message) => `${message.ruleId} ${message.line}:${message.column}-${message.endColumn} ${message.message}`,
  );
}
