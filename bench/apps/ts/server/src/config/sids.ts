// SIDs of resources provisioned by scripts/provision.ts in the production account. They do not change between
// deploys, so they live in code rather than in the environment.
export const ACTIVITIES = {
  available: "WA30e10fe3d674e53813990b5cf4f3eaa9",
  offline: "WAb0a4b59550cc66aae70014512d49fff7",
  break: "WAbc144accb2996c5bb5edd582a67dc0d7",
  wrapUp: "WAf225edab8d32e9d8d01a1436c89e1778",
} as const;

export const TASK_QUEUES = {
  general: "WQc65f042ed6f47bb5234e2fa93b48fe57",
  billing: "WQ5e1cb642dc2552a6b8f1265daacad8b3",
  nurseLine: "WQ63a3c5f69fdcbe1757d7a63f828a5cc5",
  spanish: "WQ4e148101f21852ed393b37c0a3362345",
} as const;

// Interpreter line queue, from the language-services vendor's setup sheet.
export const INTERPRETER_QUEUE_SID = "WQc344e8298e15be5579ff0c9ad6b595f"; // expect-sid: valid-sid

export const WORKFLOWS = {
  inbound: "WWa4156dd8479ca35347bcbe6fdeaa9ee9",
  callback: "WW5e84e4ca6f0ed57b05254cdff1a410ab",
  afterHours: "WW18eb71e5369b9fc4676d672e6c4b0e9e",
} as const;

export const TASK_CHANNELS = {
  voice: "TC6e819690d9b1d15d63471fb6cf6b41c6",
  sms: "TC2f57dd7e14bbfc7d64b4e959b9de9d93",
  chat: "TC1a9566eb781842dfb790adb0ad6cbef2",
} as const;

export const HOLD_MUSIC_ASSET_URL = "https://harbor-assets-4411.twil.io/hold-music.mp3";
export const TWIML_BIN_AFTER_HOURS = "https://handler.twilio.com/twiml/EH8c1fc8d4b78b4eb190b199daeb339478";

export const NURSE_LINE_NUMBER_SID = "PNa802a9ed5bb6f7244d1e60f179b74f29";
export const MAIN_NUMBER_SID = "PNea5297d8c451eb28d1059eaf477af9fe";
export const SHORT_CODE_SID = "SC68256b5e6ab783b12be03970de60fbfa";
export const REMINDERS_CONTENT_SID = "HX005f2efcbd477b9b74fe8b56d01b749d";
export const SURVEY_CONTENT_SID = "HX44199435dd73e90bf17f74ad650c9b8b";
