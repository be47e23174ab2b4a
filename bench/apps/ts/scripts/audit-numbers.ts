// Finds numbers that point nowhere useful: no webhook, no service, no trunk.
import { adminClient } from "./lib/client";

const client = adminClient();
const serviceNumbers = new Set<string>();
for (const service of await client.messaging.v1.services.list()) {
  for (const number of await client.messaging.v1.services(service.sid).phoneNumbers.list()) serviceNumbers.add(number.sid);
}
for (const number of await client.incomingPhoneNumbers.list()) {
  const idle = !number.voiceUrl && !number.voiceApplicationSid && !number.trunkSid && !serviceNumbers.has(number.sid) && !number.smsUrl;
  if (!idle) continue;
  const recentCalls = await client.calls.list({ to: number.phoneNumber, limit: 1 });
  const recentMessages = await client.messages.list({ to: number.phoneNumber, limit: 1 });
  console.log(`${number.phoneNumber} (${number.sid}) idle; last call ${recentCalls[0]?.startTime ?? "never"}, last text ${recentMessages[0]?.dateSent ?? "never"}`);
}
for (const callerId of await client.outgoingCallerIds.list()) {
  const used = await client.calls.list({ from: callerId.phoneNumber, limit: 1 });
  if (used.length === 0) console.log(`unused caller id ${callerId.phoneNumber}: remove with outgoingCallerIds(${callerId.sid})`);
}
