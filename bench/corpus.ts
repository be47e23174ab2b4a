import { PREFIXES, STEM_PREFIXES } from "../src/registry.generated.js";

/** A deterministic pseudo-random source, so every run lints the same corpus. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

/** 32 lowercase hex digits, as Twilio writes SID bodies. */
function hexBody(next: () => number): string {
  let body = "";
  for (let index = 0; index < 32; index++) body += Math.floor(next() * 16).toString(16);
  return body;
}

/** `messaging service` -> `messagingService`. */
function camel(stem: string): string {
  return stem.replace(/ (\w)/g, (_, letter: string) => letter.toUpperCase());
}

/** Stems whose name admits exactly one live prefix, so a SID built from it fits its name. */
function singleStems(): [stem: string, prefix: string][] {
  return [...STEM_PREFIXES]
    .filter(([stem, prefixes]) => stem !== "" && prefixes.length === 1 && !PREFIXES.get(prefixes[0]!)!.retired)
    .map(([stem, prefixes]) => [stem, prefixes[0]!]);
}

/**
 * One file of the kind a Twilio application has: handlers with correctly named SIDs, webhook payload types,
 * test stubs (`AC123`), documentation placeholders (`ACXXXX...`), API paths and many ordinary strings.
 * Nothing in it is wrong, so every report on it is a false one.
 */
export function appFile(index: number): string {
  const next = random(index + 1);
  const stems = singleStems();
  const pick = () => stems[Math.floor(next() * stems.length)]!;
  const lines: string[] = [
    `import type { Request, Response } from "express";`,
    `import twilio from "twilio";`,
    ``,
    `const client = twilio(process.env.TWILIO_ACCOUNT_SID, process.env.TWILIO_AUTH_TOKEN);`,
    ``,
  ];
  for (let block = 0; block < 12; block++) {
    const [stem, prefix] = pick();
    const name = camel(stem);
    const sid = `${prefix}${hexBody(next)}`;
    lines.push(
      `/** Handles the ${stem} webhook. Example: ${prefix}${"X".repeat(32)}. */`,
      `export interface ${name[0]!.toUpperCase()}${name.slice(1)}Payload${block} {`,
      `  ${name}Sid: string;`,
      `  status: "queued" | "sent" | "delivered" | "failed";`,
      `  dateCreated?: string;`,
      `}`,
      ``,
      `export async function handle${block}(req: Request, res: Response): Promise<void> {`,
      `  const ${name}Sid = "${sid}";`,
      `  const headers = { "Content-Type": "application/json", Accept: "application/json" };`,
      `  const url = \`https://api.twilio.com/2010-04-01/Accounts/\${process.env.TWILIO_ACCOUNT_SID}/Resources/\${${name}Sid}.json\`;`,
      `  const stub = { accountSid: "AC123", ${name}Sid: "${prefix}xxx", note: "use a real SID in production" };`,
      `  if (req.query["${name}Sid"] !== ${name}Sid) {`,
      `    res.status(404).send({ error: "not found", code: 20404, more: "https://www.twilio.com/docs/errors/20404" });`,
      `    return;`,
      `  }`,
      `  const body = JSON.stringify({ ...stub, url, headers, id: "${hexBody(next)}", token: "${hexBody(next).toUpperCase()}" });`,
      `  console.log(\`handled ${stem} \${${name}Sid} in \${Date.now() - Number(req.headers["x-start"] ?? 0)} ms\`, body);`,
      `  res.status(200).type("text/xml").send("<Response><Say voice=\\"alice\\">Thanks</Say></Response>");`,
      `}`,
      ``,
    );
  }
  lines.push(`export const ready = client !== undefined;`, ``);
  return lines.join("\n");
}

/** The kinds of configuration file the config suite lints, each with its extension. */
export const CONFIG_KINDS = { yaml: "yml", toml: "toml", dotenv: "env" } as const;

/**
 * One configuration file of a Twilio project: environment variables named for the SIDs they hold (env blocks of a
 * CI workflow, a `wrangler.toml`, a `.env`), REST callback URLs, placeholders and ordinary settings. Nothing in it
 * is wrong.
 */
export function configFile(kind: keyof typeof CONFIG_KINDS, index: number): string {
  const next = random(index + 7);
  const stems = singleStems();
  const entries: [string, string][] = [];
  for (let line = 0; line < 40; line++) {
    const roll = next();
    if (roll < 0.4) {
      const [stem, prefix] = stems[Math.floor(next() * stems.length)]!;
      // A numbered deployment suffix keeps keys unique, as YAML and TOML want them.
      entries.push([`TWILIO_${stem.toUpperCase().replaceAll(" ", "_")}_SID_${line}`, `${prefix}${hexBody(next)}`]);
    } else if (roll < 0.5) {
      entries.push([`STATUS_CALLBACK_${line}`, `https://api.twilio.com/2010-04-01/Accounts/AC${hexBody(next)}/Calls/CA${hexBody(next)}.json`]);
    } else if (roll < 0.6) {
      entries.push([`TWILIO_ACCOUNT_SID_${line}`, `AC${"x".repeat(32)}`]);
    } else {
      entries.push([`SETTING_${line}`, `value-${Math.floor(next() * 1e9).toString(36)}`]);
    }
  }
  switch (kind) {
    case "yaml":
      return `name: deploy-${index}\non: push\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n${entries.map(([key, value]) => `      ${key}: ${value}`).join("\n")}\n    steps:\n      - run: npx twilio-run deploy\n`;
    case "toml":
      return `name = "worker-${index}"\n\n[vars]\n${entries.map(([key, value]) => `${key} = "${value}"`).join("\n")}\n`;
    case "dotenv":
      return `# Twilio settings for environment ${index}\n${entries.map(([key, value], at) => (at % 3 === 0 ? `export ${key}="${value}"` : `${key}=${value}`)).join("\n")}\n`;
  }
}
