import { readFileSync } from "node:fs";
import { join } from "node:path";

/** Reads a tab-separated table with a header row into objects keyed by column name. */
export function readTsv(dir: string, file: string): Record<string, string>[] {
  const [header, ...rows] = readFileSync(join(dir, file), "utf8").trimEnd().split("\n");
  const columns = header!.split("\t");
  return rows.map((row) => {
    const cells = row.split("\t");
    return Object.fromEntries(columns.map((column, index) => [column, cells[index] ?? ""]));
  });
}

/** Splits a `;`-separated cell, dropping empties. */
export function list(cell: string | undefined): string[] {
  return (cell ?? "").split(";").map((item) => item.trim()).filter(Boolean);
}
