#!/usr/bin/env node
// node conversation-dump.js CH... prints a conversation's participants and messages.
const client = require("./lib/client");

const conversationSid = process.argv[2];

(async () => {
  const conversation = client.conversations.v1.conversations(conversationSid);
  const details = await conversation.fetch();
  console.log(`${details.friendlyName || details.uniqueName} (${details.state})`);
  for (const participant of await conversation.participants.list()) {
    console.log(`  participant ${participant.sid}: ${participant.identity || JSON.stringify(participant.messagingBinding)}`);
  }
  for (const message of await conversation.messages.list({ limit: 200 })) {
    const receipts = await conversation.messages(message.sid).deliveryReceipts.list();
    console.log(`  [${message.index}] ${message.author}: ${message.body} (${receipts.map((receipt) => receipt.status).join(",")})`);
  }
})();
