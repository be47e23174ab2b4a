#!/usr/bin/env node
import twilio from "twilio";

const client = twilio(process.env.TWILIO_ACCOUNT_SID, process.env.TWILIO_AUTH_TOKEN);
const service = client.sync.v1.services(process.env.TWILIO_SYNC_SERVICE_SID ?? "default");

const documents = await service.documents.list({ limit: 100 });
for (const document of documents) console.log(`document ${document.uniqueName ?? document.sid} rev ${document.revision}`);
const items = await service.syncMaps("active-calls").syncMapItems.list({ limit: 100 });
for (const item of items) console.log(`active call ${item.key}: ${JSON.stringify(item.data)}`);
for (const list of await service.syncLists.list()) {
  const first = await service.syncLists(list.sid).syncListItems.list({ limit: 1 });
  console.log(`list ${list.uniqueName}: first item ${first[0]?.index ?? "-"}`);
}
