// Copied into the Functions service from shared/sid.ts: Functions cannot import outside their folder.
export type Sid<Prefix extends string> = `${Prefix}${string}`;
export type CallSid = Sid<"CA">;
export type ConferenceSid = Sid<"CF">;
export type MessageSid = Sid<"SM"> | Sid<"MM">;
export type TaskSid = Sid<"WT">;
export type WorkerSid = Sid<"WK">;
export type ReservationSid = Sid<"WR">;

export function looksLikeSid(value: unknown, prefix: string): value is string {
  return typeof value === "string" && value.length === 34 && value.startsWith(prefix) && /^[0-9a-f]{32}$/i.test(value.slice(2));
}
