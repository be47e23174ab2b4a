import { parseArgs } from "node:util";

export function args<const Options extends Record<string, { type: "string" | "boolean"; default?: string | boolean }>>(options: Options) {
  return parseArgs({ options, allowPositionals: true, strict: true });
}

export function requireEnv(name: string): string {
  const value = process.env[name];
  if (!value) {
    console.error(`Set ${name} first (see .env.example).`);
    process.exit(1);
  }
  return value;
}

export function csv(rows: Record<string, unknown>[]): string {
  const [first] = rows;
  if (!first) return "";
  const columns = Object.keys(first);
  const escape = (value: unknown) => `"${String(value ?? "").replaceAll('"', '""')}"`;
  return [columns.join(","), ...rows.map((row) => columns.map((column) => escape(row[column])).join(","))].join("\n");
}
