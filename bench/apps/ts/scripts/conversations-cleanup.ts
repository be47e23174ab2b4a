// Closes conversations with no activity for 14 days and deletes closed ones older than 90 days.
import { adminClient } from "./lib/client";
import { requireEnv } from "./lib/cli";

const client = adminClient();
const service = client.conversations.v1.services(requireEnv("TWILIO_CONVERSATIONS_SERVICE_SID"));
const now = Date.now();

for (const conversation of await service.conversations.list({ state: "active", limit: 5000 })) {
  const [last] = await service.conversations(conversation.sid).messages.list({ order: "desc", limit: 1 });
  const lastActivity = (last?.dateCreated ?? conversation.dateCreated).getTime();
  if (now - lastActivity > 14 * 86_400_000) {
    await service.conversations(conversation.sid).update({ state: "closed" });
  }
}
for (const conversation of await service.conversations.list({ state: "closed", limit: 5000 })) {
  if (now - conversation.dateUpdated.getTime() > 90 * 86_400_000) {
    const webhooks = await service.conversations(conversation.sid).webhooks.list();
    for (const webhook of webhooks) await service.conversations(conversation.sid).webhooks(webhook.sid).remove();
    await service.conversations(conversation.sid).remove();
  }
}
for (const user of await service.users.list({ limit: 1000 })) {
  const memberships = await service.users(user.sid).userConversations.list({ limit: 1 });
  if (memberships.length === 0 && user.identity.startsWith("patient-")) await service.users(user.sid).remove();
}
