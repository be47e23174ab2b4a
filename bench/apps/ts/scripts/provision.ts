// Creates the Twilio resources the contact center needs and prints the SIDs for .env and server/src/config/sids.ts.
import { adminClient } from "./lib/client";
import { args } from "./lib/cli";

const { values } = args({ name: { type: "string", default: "Harbor Contact Center" }, "base-url": { type: "string" } });
const baseUrl = values["base-url"] ?? "https://contact.harborhealth.example";
const client = adminClient();

async function provisionTaskRouter() {
  const workspace = await client.taskrouter.v1.workspaces.create({
    friendlyName: values.name ?? "Harbor",
    eventCallbackUrl: `${baseUrl}/taskrouter/events`,
    multiTaskEnabled: true,
    prioritizeQueueOrder: "FIFO",
  });
  const ws = client.taskrouter.v1.workspaces(workspace.sid);
  const activities = Object.fromEntries(
    await Promise.all(
      (["Available", "Offline", "Break", "Wrap Up"] as const).map(async (friendlyName) => {
        const existing = await ws.activities.list({ friendlyName });
        const activity = existing[0] ?? (await ws.activities.create({ friendlyName, available: friendlyName === "Available" }));
        return [friendlyName, activity.sid] as const;
      }),
    ),
  );
  const queues: Record<string, string> = {};
  for (const [name, expression] of [
    ["General", "1 == 1"],
    ["Billing", "skills HAS 'billing'"],
    ["Nurse Line", "skills HAS 'nurse'"],
    ["Spanish", "languages HAS 'es'"],
  ] as const) {
    const queue = await ws.taskQueues.create({ friendlyName: name, targetWorkers: expression, assignmentActivitySid: activities["Wrap Up"] });
    queues[name] = queue.sid;
  }
  const workflow = await ws.workflows.create({
    friendlyName: "Inbound",
    assignmentCallbackUrl: `${baseUrl}/taskrouter/assignment`,
    configuration: JSON.stringify({
      task_routing: {
        filters: [
          { filter_friendly_name: "Billing", expression: "department == 'billing'", targets: [{ queue: queues.Billing }] },
          { filter_friendly_name: "Nurse", expression: "department == 'nurse'", targets: [{ queue: queues["Nurse Line"] }] },
        ],
        default_filter: { queue: queues.General },
      },
    }),
  });
  const smsChannel = await ws.taskChannels.create({ friendlyName: "SMS", uniqueName: "sms" });
  await ws.taskChannels(smsChannel.sid).update({ channelOptimizedRouting: true });
  return { workspaceSid: workspace.sid, workflowSid: workflow.sid, activities, queues };
}

async function provisionMessaging() {
  const service = await client.messaging.v1.services.create({
    friendlyName: "Harbor Patients",
    inboundRequestUrl: `${baseUrl}/sms/inbound`,
    statusCallback: `${baseUrl}/sms/status`,
    stickySender: true,
    smartEncoding: true,
  });
  const numbers = await client.incomingPhoneNumbers.list({ friendlyName: "harbor-sms", limit: 20 });
  for (const number of numbers) {
    await client.messaging.v1.services(service.sid).phoneNumbers.create({ phoneNumberSid: number.sid });
  }
  return { messagingServiceSid: service.sid, senders: numbers.length };
}

async function provisionServices() {
  const sync = await client.sync.v1.services.create({ friendlyName: "harbor-wallboard", aclEnabled: true });
  const conversations = await client.conversations.v1.services.create({ friendlyName: "harbor-patients" });
  await client.conversations.v1.services(conversations.sid).configuration().update({ reachabilityEnabled: true });
  await client.conversations.v1.services(conversations.sid).configuration.webhooks().update({
    postWebhookUrl: `${baseUrl}/conversations/webhook`,
    preWebhookUrl: `${baseUrl}/conversations/pre-event`,
    filters: ["onMessageAdded", "onMessageAdd", "onConversationAdded"],
    method: "POST",
  });
  const verify = await client.verify.v2.services.create({ friendlyName: "Harbor Health", codeLength: 6, lookupEnabled: true });
  const app = await client.applications.create({ friendlyName: "harbor-softphone", voiceUrl: `${baseUrl}/voice/outbound`, voiceMethod: "POST" });
  return { syncServiceSid: sync.sid, conversationsServiceSid: conversations.sid, verifyServiceSid: verify.sid, twimlAppSid: app.sid };
}

const taskRouter = await provisionTaskRouter();
const messaging = await provisionMessaging();
const services = await provisionServices();
console.log(JSON.stringify({ ...taskRouter, ...messaging, ...services }, null, 2));
