import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { pathToFileURL } from "node:url";

/** Every request and wait times out, so a hung server fails its test instead of the run. */
export const LSP_TIMEOUT = 30_000;

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export interface Diagnostic {
  range: Range;
  message: string;
  severity?: number;
  code?: string | number;
  source?: string;
}

interface Message {
  jsonrpc: "2.0";
  id?: number | string;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { code: number; message: string };
}

type RequestHandler = (params: unknown) => unknown;

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

interface Waiter {
  method: string;
  matches: (params: unknown) => boolean;
  resolve: (params: unknown) => void;
}

export function fileUri(file: string): string {
  return pathToFileURL(file).href;
}

/** A minimal JSON-RPC client over a language server's stdio, with `Content-Length` framing. */
export class LspClient {
  readonly #process: ChildProcessWithoutNullStreams;
  readonly #pending = new Map<number, Pending>();
  readonly #handlers = new Map<string, RequestHandler>();
  readonly #notifications: Message[] = [];
  readonly #waiters = new Set<Waiter>();
  #buffer = Buffer.alloc(0);
  #nextId = 1;
  #stderr = "";

  constructor(command: string, args: readonly string[], cwd: string) {
    this.#process = spawn(command, args, { cwd, stdio: "pipe", env: { ...process.env, NODE_OPTIONS: "" } });
    this.#process.stdout.on("data", (chunk: Buffer) => this.#receive(chunk));
    this.#process.stderr.on("data", (chunk: Buffer) => (this.#stderr += chunk.toString()));
    this.#process.on("exit", (code) => {
      for (const pending of this.#pending.values()) {
        pending.reject(new Error(`Language server exited (${code}) with requests pending.\n${this.#stderr}`));
      }
      this.#pending.clear();
    });
  }

  /** Answers the server's requests of `method` (`workspace/configuration` and the like). */
  onRequest(method: string, handler: RequestHandler): void {
    this.#handlers.set(method, handler);
  }

  request<T>(method: string, params: unknown, timeout = LSP_TIMEOUT): Promise<T> {
    const id = this.#nextId++;
    const result = new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#pending.delete(id);
        reject(new Error(`${method} timed out after ${timeout} ms.\n${this.#stderr}`));
      }, timeout);
      this.#pending.set(id, {
        resolve: (value) => {
          clearTimeout(timer);
          resolve(value as T);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      });
    });
    this.#send({ jsonrpc: "2.0", id, method, params });
    return result;
  }

  notify(method: string, params: unknown): void {
    this.#send({ jsonrpc: "2.0", method, params });
  }

  /** The first notification of `method` (already received or still to come) whose params match. */
  waitForNotification<T>(method: string, matches: (params: T) => boolean, timeout = LSP_TIMEOUT): Promise<T> {
    const seen = this.#notifications.find((message) => message.method === method && matches(message.params as T));
    if (seen) return Promise.resolve(seen.params as T);
    return new Promise<T>((resolve, reject) => {
      const waiter: Waiter = {
        method,
        matches: (params) => matches(params as T),
        resolve: (params) => {
          clearTimeout(timer);
          resolve(params as T);
        },
      };
      const timer = setTimeout(() => {
        this.#waiters.delete(waiter);
        reject(new Error(`No ${method} notification within ${timeout} ms.\n${this.#stderr}`));
      }, timeout);
      this.#waiters.add(waiter);
    });
  }

  /** Polite shutdown, then a kill if the server lingers. */
  async close(): Promise<void> {
    if (this.#process.exitCode !== null) return;
    const exited = new Promise<void>((resolve) => this.#process.once("exit", () => resolve()));
    try {
      await this.request("shutdown", null, 5_000);
      this.notify("exit", null);
    } catch {
      // A server that cannot shut down is killed below.
    }
    const timer = setTimeout(() => this.#process.kill("SIGKILL"), 5_000);
    await exited;
    clearTimeout(timer);
  }

  #send(message: Message): void {
    const body = Buffer.from(JSON.stringify(message), "utf8");
    this.#process.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.#process.stdin.write(body);
  }

  #receive(chunk: Buffer): void {
    this.#buffer = Buffer.concat([this.#buffer, chunk]);
    for (;;) {
      const headerEnd = this.#buffer.indexOf("\r\n\r\n");
      if (headerEnd === -1) return;
      const header = this.#buffer.subarray(0, headerEnd).toString("ascii");
      const length = Number(/Content-Length: *(\d+)/i.exec(header)?.[1]);
      const bodyStart = headerEnd + 4;
      if (this.#buffer.length < bodyStart + length) return;
      const body = this.#buffer.subarray(bodyStart, bodyStart + length).toString("utf8");
      this.#buffer = this.#buffer.subarray(bodyStart + length);
      this.#dispatch(JSON.parse(body) as Message);
    }
  }

  #dispatch(message: Message): void {
    if (message.method === undefined) {
      const pending = this.#pending.get(message.id as number);
      if (!pending) return;
      this.#pending.delete(message.id as number);
      if (message.error) pending.reject(new Error(`${message.error.code}: ${message.error.message}`));
      else pending.resolve(message.result);
      return;
    }
    if (message.id !== undefined) {
      // Unknown server requests get `null`: the client supports nothing beyond what the test registers.
      const handler = this.#handlers.get(message.method);
      this.#send({ jsonrpc: "2.0", id: message.id, result: handler ? (handler(message.params) ?? null) : null });
      return;
    }
    this.#notifications.push(message);
    for (const waiter of this.#waiters) {
      if (waiter.method === message.method && waiter.matches(message.params)) {
        this.#waiters.delete(waiter);
        waiter.resolve(message.params);
      }
    }
  }
}
