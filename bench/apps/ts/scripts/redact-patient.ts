// Right-to-erasure request: removes a patient's texts, recordings, conversations and Sync data at Twilio.
import { adminClient } from "./lib/client";
import { args } from "./lib/cli";

const { values } = args({ phone: { type: "string" }, "dry-run": { type: "boolean", default: false } });
if (!values.phone) throw new Error("--phone is required");
const phone = values.phone;
const dryRun = values["dry-run"] ?? false;
const client = adminClient();

async function remove(what: string, action: () => Promise<unknown>) {
  console.log(`${dryRun ? "would remove" : "removing"} ${what}`);
  if (!dryRun) await action();
}

for (const message of [...(await client.messages.list({ from: phone })), ...(await client.messages.list({ to: phone }))]) {
  for (const media of await client.messages(message.sid).media.list()) {
    await remove(`media ${media.sid}`, () => client.messages(message.sid).media(media.sid).remove());
  }
  await remove(`message ${message.sid}`, () => client.messages(message.sid).remove());
}

for (const call of [...(await client.calls.list({ from: phone })), ...(await client.calls.list({ to: phone }))]) {
  for (const recording of await client.calls(call.sid).recordings.list()) {
    await remove(`recording ${recording.sid}`, () => client.recordings(recording.sid).remove());
  }
  await remove(`call log ${call.sid}`, () => client.calls(call.sid).remove());
  await remove(`sync document ${call.sid}`, () => client.sync.v1.services("default").documents(call.sid).remove().catch(() => undefined));
}

for (const participation of await client.conversations.v1.participantConversations.list({ address: phone })) {
  await remove(`conversation ${participation.conversationSid}`, () =>
    client.conversations.v1.conversations(participation.conversationSid).remove(),
  );
}
