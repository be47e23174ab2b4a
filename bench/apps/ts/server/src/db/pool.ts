// A stand-in for the Postgres pool the production build uses; the corpus keeps rows in memory.
export interface Row {
  [column: string]: unknown;
}

const tables = new Map<string, Row[]>();

export const db = {
  async insert(table: string, row: Row): Promise<void> {
    const rows = tables.get(table) ?? [];
    rows.push(row);
    tables.set(table, rows);
  },
  async select<T extends Row>(table: string, where: Partial<T> = {}): Promise<T[]> {
    const rows = (tables.get(table) ?? []) as T[];
    return rows.filter((row) => Object.entries(where).every(([key, value]) => row[key] === value));
  },
  async update<T extends Row>(table: string, where: Partial<T>, changes: Partial<T>): Promise<number> {
    const rows = (tables.get(table) ?? []) as T[];
    let count = 0;
    for (const row of rows) {
      if (Object.entries(where).every(([key, value]) => row[key] === value)) {
        Object.assign(row, changes);
        count++;
      }
    }
    return count;
  },
};
