import type { Twilio } from "twilio";
import type { ConversationInstance } from "twilio/lib/rest/conversations/v1/conversation";
import { env } from "../config/env";
import type { ConversationSid, MessageSid } from "../../../shared/sid";

export class ConversationService {
  constructor(private readonly client: Twilio) {}

  async open(uniqueName: string, friendlyName: string): Promise<ConversationInstance> {
    return this.client.conversations.v1.conversations.create({
      uniqueName,
      friendlyName,
      messagingServiceSid: env.messagingServiceSid,
      attributes: JSON.stringify({ source: "contact-center" }),
      "timers.inactive": "PT12H",
      "timers.closed": "P3D",
    });
  }

  async addSmsParticipant(conversationSid: ConversationSid, address: string): Promise<string> {
    const participant = await this.client.conversations.v1.conversations(conversationSid).participants.create({
      "messagingBinding.address": address,
      "messagingBinding.proxyAddress": env.callerId,
    });
    return participant.sid;
  }

  async addAgent(conversationSid: ConversationSid, identity: string): Promise<string> {
    const participant = await this.client.conversations.v1.conversations(conversationSid).participants.create({ identity });
    return participant.sid;
  }

  async removeParticipant(conversationSid: ConversationSid, participantSid: string): Promise<void> {
    await this.client.conversations.v1.conversations(conversationSid).participants(participantSid).remove();
  }

  async post(conversationSid: ConversationSid, author: string, body: string): Promise<string> {
    const message = await this.client.conversations.v1.conversations(conversationSid).messages.create({ author, body });
    return message.sid;
  }

  /** Receipts of the conversation message that relayed an outbound text. */
  async relayReceipts(conversationSid: ConversationSid, outbound: { sid: MessageSid; to: string }) {
    return this.client.conversations.v1
      .conversations(conversationSid)
      .messages(outbound.sid) // expect-sid: typed sid-matches-resource
      .deliveryReceipts.list();
  }

  async close(conversationSid: ConversationSid): Promise<void> {
    await this.client.conversations.v1.conversations(conversationSid).update({ state: "closed" });
  }

  async closeByName(uniqueName: string): Promise<void> {
    // Conversations can be addressed by their unique name as well as by CH SID.
    await this.client.conversations.v1.conversations(uniqueName).update({ state: "closed" });
  }

  async attachWebhook(conversationSid: ConversationSid, url: string): Promise<void> {
    await this.client.conversations.v1.conversations(conversationSid).webhooks.create({
      target: "webhook",
      "configuration.url": url,
      "configuration.filters": ["onMessageAdded"],
    });
  }

  async forParticipant(address: string) {
    return this.client.conversations.v1.participantConversations.list({ address, limit: 20 });
  }

  async inService(conversationsServiceSid: string, conversationSid: ConversationSid) {
    return this.client.conversations.v1.services(conversationsServiceSid).conversations(conversationSid).fetch();
  }
}
