// A tiny structured logger; the apps ship logs to stdout as JSON lines.
type Level = "debug" | "info" | "warn" | "error";

const order: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };
const threshold = order[(process.env.LOG_LEVEL as Level | undefined) ?? "info"] ?? order.info;

function write(level: Level, message: string, fields: Record<string, unknown> = {}): void {
  if (order[level] < threshold) return;
  const line = JSON.stringify({ level, time: new Date().toISOString(), message, ...fields });
  (level === "error" ? process.stderr : process.stdout).write(`${line}\n`);
}

export const logger = {
  debug: (message: string, fields?: Record<string, unknown>) => write("debug", message, fields),
  info: (message: string, fields?: Record<string, unknown>) => write("info", message, fields),
  warn: (message: string, fields?: Record<string, unknown>) => write("warn", message, fields),
  error: (message: string, fields?: Record<string, unknown>) => write("error", message, fields),
  child(bindings: Record<string, unknown>) {
    return {
      info: (message: string, fields?: Record<string, unknown>) => write("info", message, { ...bindings, ...fields }),
      warn: (message: string, fields?: Record<string, unknown>) => write("warn", message, { ...bindings, ...fields }),
      error: (message: string, fields?: Record<string, unknown>) => write("error", message, { ...bindings, ...fields }),
    };
  },
};
