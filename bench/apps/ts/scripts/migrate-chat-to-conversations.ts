// One-off migration of the legacy Programmable Chat channels into Conversations (same service instance).
import { adminClient } from "./lib/client";
import { requireEnv } from "./lib/cli";

const client = adminClient();
const chatServiceSid = requireEnv("TWILIO_CHAT_SERVICE_SID");
const chat = client.chat.v2.services(chatServiceSid);
const conversations = client.conversations.v1.services(chatServiceSid);

let migrated = 0;
for (const channel of await chat.channels.list({ limit: 10_000 })) {
  const members = await chat.channels(channel.sid).members.list();
  const messages = await chat.channels(channel.sid).messages.list({ order: "asc", limit: 1000 });
  // Chat channels and conversations share the CH SID space: the same SID addresses the conversation.
  const conversation = await conversations.conversations(channel.sid).fetch();
  for (const member of members) {
    const user = await chat.users(member.identity).fetch().catch(() => undefined);
    if (!user) continue;
    const [existing] = await conversations.conversations(conversation.sid).participants.list({ limit: 1000 }).then((all) =>
      all.filter((participant) => participant.identity === member.identity),
    );
    if (!existing) await conversations.conversations(conversation.sid).participants.create({ identity: member.identity });
  }
  if (messages.length === 0) {
    await chat.channels(channel.sid).remove();
    continue;
  }
  for (const member of members.filter((candidate) => candidate.lastConsumedMessageIndex === null)) {
    await chat.channels(channel.sid).members(member.sid).update({ lastConsumedMessageIndex: messages.at(-1)?.index ?? 0 });
  }
  const [first] = messages;
  if (first) {
    const original = await chat.channels(channel.sid).messages(first.sid).fetch();
    await conversations.conversations(conversation.sid).update({ attributes: JSON.stringify({ migratedFrom: "chat", firstMessageAt: original.dateCreated }) });
  }
  migrated++;
}
for (const role of await chat.roles.list()) {
  console.log(`role ${role.friendlyName}: ${role.permissions.join(", ")}`);
}
console.log(`${migrated} channels migrated`);
