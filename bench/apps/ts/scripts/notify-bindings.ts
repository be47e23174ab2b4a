// Push notifications for the patient app go through Notify; this prunes bindings of uninstalled apps.
import { adminClient } from "./lib/client";
import { requireEnv } from "./lib/cli";

const client = adminClient();
const notify = client.notify.v1.services(requireEnv("TWILIO_NOTIFY_SERVICE_SID"));

const stale: string[] = [];
for (const binding of await notify.bindings.list({ limit: 5000 })) {
  const detail = await notify.bindings(binding.sid).fetch();
  if (detail.dateUpdated.getTime() < Date.now() - 180 * 86_400_000) stale.push(binding.sid);
}
for (const bindingSid of stale) await notify.bindings(bindingSid).remove();
await notify.notifications.create({ identity: ["ops-oncall"], body: `Pruned ${stale.length} push bindings.` });
for (const credential of await client.notify.v1.credentials.list()) {
  const detail = await client.notify.v1.credentials(credential.sid).fetch();
  console.log(`${detail.friendlyName} (${detail.type}) updated ${detail.dateUpdated.toISOString()}`);
}
