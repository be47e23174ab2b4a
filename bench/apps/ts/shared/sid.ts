// SID types shared by every app. twilio-node types all SIDs as `string`; these let our own code say which one.
export type Sid<Prefix extends string> = `${Prefix}${string}`;

export type AccountSid = Sid<"AC">;
export type ApiKeySid = Sid<"SK">;
export type CallSid = Sid<"CA">;
export type ConferenceSid = Sid<"CF">;
export type RecordingSid = Sid<"RE">;
export type QueueSid = Sid<"QU">;
export type MessageSid = Sid<"SM"> | Sid<"MM">;
export type MessagingServiceSid = Sid<"MG">;
export type PhoneNumberSid = Sid<"PN">;
export type ConversationSid = Sid<"CH">;
export type ConversationMessageSid = Sid<"IM">;
export type ConversationParticipantSid = Sid<"MB">;
export type ServiceInstanceSid = Sid<"IS">;
export type WorkspaceSid = Sid<"WS">;
export type WorkflowSid = Sid<"WW">;
export type WorkerSid = Sid<"WK">;
export type TaskSid = Sid<"WT">;
export type ReservationSid = Sid<"WR">;
export type TaskQueueSid = Sid<"WQ">;
export type ActivitySid = Sid<"WA">;
export type RoomSid = Sid<"RM">;
export type RoomParticipantSid = Sid<"PA">;
export type VerifyServiceSid = Sid<"VA">;
export type FlowSid = Sid<"FW">;
export type ExecutionSid = Sid<"FN">;
export type SyncDocumentSid = Sid<"ET">;
export type SyncMapSid = Sid<"MP">;

const SHAPE = /^[A-Z]{2}[0-9a-fA-F]{32}$/;

/** True when `value` has the shape of a SID, and the given prefix when there is one. */
export function isValidSid(value: unknown, prefix?: string): value is string {
  return typeof value === "string" && SHAPE.test(value) && (prefix === undefined || value.startsWith(prefix));
}

/** Narrows a string from a webhook or the environment to a SID of `prefix`, or throws. */
export function assertSid<Prefix extends string>(value: unknown, prefix: Prefix): asserts value is Sid<Prefix> {
  if (!isValidSid(value, prefix)) {
    throw new TypeError(`Expected a ${prefix} SID, got ${JSON.stringify(value)}`);
  }
}

/** Parses a SID or returns undefined, for optional webhook parameters. */
export function parseSid<Prefix extends string>(value: unknown, prefix: Prefix): Sid<Prefix> | undefined {
  return isValidSid(value, prefix) ? (value as Sid<Prefix>) : undefined;
}
