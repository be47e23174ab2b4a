// Removes wallboard data that outlived its calls: documents named after finished calls, stale map items.
import { adminClient } from "./lib/client";
import { requireEnv } from "./lib/cli";

const client = adminClient();
const sync = client.sync.v1.services(requireEnv("TWILIO_SYNC_SERVICE_SID"));

for (const document of await sync.documents.list({ limit: 1000 })) {
  if (!document.uniqueName?.startsWith("CA")) continue;
  // Wallboard documents are named after the call SID.
  const call = await client.calls(document.uniqueName).fetch().catch(() => undefined);
  if (!call || call.status === "completed") await sync.documents(document.sid).remove();
}
for (const item of await sync.syncMaps("active-calls").syncMapItems.list({ limit: 1000 })) {
  const call = await client.calls(item.key).fetch().catch(() => undefined);
  if (!call || call.status === "completed") await sync.syncMaps("active-calls").syncMapItems(item.key).remove();
}
const voicemails = await sync.syncLists("voicemails").fetch().catch(() => undefined);
if (voicemails) {
  const items = await sync.syncLists(voicemails.sid).syncListItems.list({ order: "asc", limit: 500 });
  for (const item of items.slice(0, Math.max(0, items.length - 200))) await sync.syncLists(voicemails.sid).syncListItems(item.index).remove();
}
for (const stream of await sync.syncStreams.list()) {
  if (stream.uniqueName?.startsWith("tmp-")) await sync.syncStreams(stream.sid).remove();
}
