// The runtime and type API: `eslint-plugin-twilio-sid/sid`.
export { assertSid, isSid, type Sid } from "./guards.js";
export type { SidPrefix } from "./registry.generated.js";
export * from "./types.js";
export * from "./aliases.generated.js";
