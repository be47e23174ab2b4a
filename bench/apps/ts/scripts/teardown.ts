// Removes everything provision.ts created in a sandbox account. Refuses to run against production.
import { adminClient } from "./lib/client";
import { requireEnv } from "./lib/cli";

const PRODUCTION_ACCOUNT_SID = "AC05cb4fcc1c4afcf12dd6a92cdb85c4d1";
const accountSid = requireEnv("TWILIO_ACCOUNT_SID");
if (accountSid === PRODUCTION_ACCOUNT_SID) {
  console.error("Refusing to tear down the production account.");
  process.exit(1);
}

const client = adminClient(accountSid);

for (const workspace of await client.taskrouter.v1.workspaces.list({ friendlyName: "Harbor Contact Center" })) {
  const tasks = await client.taskrouter.v1.workspaces(workspace.sid).tasks.list();
  for (const task of tasks) await client.taskrouter.v1.workspaces(workspace.sid).tasks(task.sid).remove();
  await client.taskrouter.v1.workspaces(workspace.sid).remove();
}
for (const service of await client.messaging.v1.services.list()) {
  if (service.friendlyName.startsWith("Harbor")) await client.messaging.v1.services(service.sid).remove();
}
for (const service of await client.sync.v1.services.list()) {
  if (service.friendlyName === "harbor-wallboard") await client.sync.v1.services(service.sid).remove();
}
for (const service of await client.conversations.v1.services.list()) {
  if (service.friendlyName === "harbor-patients") await client.conversations.v1.services(service.sid).remove();
}
for (const service of await client.verify.v2.services.list()) {
  if (service.friendlyName === "Harbor Health") await client.verify.v2.services(service.sid).remove();
}
for (const app of await client.applications.list({ friendlyName: "harbor-softphone" })) {
  await client.applications(app.sid).remove();
}
console.log("sandbox cleaned");
