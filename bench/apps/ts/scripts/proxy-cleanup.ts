// Closes Proxy sessions for home visits that ended, and releases numbers the pool no longer needs.
import { adminClient } from "./lib/client";
import { requireEnv } from "./lib/cli";

const client = adminClient();
const proxy = client.proxy.v1.services(requireEnv("TWILIO_PROXY_SERVICE_SID"));

for (const session of await proxy.sessions.list({ limit: 1000 })) {
  if (session.status !== "open" && session.status !== "in-progress") continue;
  const interactions = await proxy.sessions(session.sid).interactions.list({ limit: 1 });
  const lastInteraction = interactions[0]?.dateCreated ?? session.dateCreated;
  if (Date.now() - lastInteraction.getTime() < 3 * 86_400_000) continue;
  for (const participant of await proxy.sessions(session.sid).participants.list()) {
    await proxy.sessions(session.sid).participants(participant.sid).remove();
  }
  await proxy.sessions(session.sid).update({ status: "closed" });
}
const poolNumbers = await proxy.phoneNumbers.list();
for (const number of poolNumbers.slice(10)) {
  const detail = await proxy.phoneNumbers(number.sid).fetch();
  if (!detail.isReserved && (detail.inUse ?? 0) === 0) await proxy.phoneNumbers(number.sid).remove();
}
