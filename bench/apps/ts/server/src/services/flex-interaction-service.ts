import type { Twilio } from "twilio";
import { routing } from "../config/taskrouter";

/** Flex Interactions: email and web chat handed to agents through the Interactions API. */
export class FlexInteractionService {
  constructor(private readonly client: Twilio) {}

  async createEmailInteraction(conversationSid: string, from: string) {
    return this.client.flexApi.v1.interaction.create({
      channel: { type: "email", initiated_by: "customer", properties: { media_channel_sid: conversationSid } },
      routing: {
        properties: {
          workspace_sid: routing.workspaceSid,
          workflow_sid: routing.workflowSid,
          task_channel_unique_name: "email",
          attributes: { from },
        },
      },
    });
  }

  async channels(interactionSid: string) {
    return this.client.flexApi.v1.interaction(interactionSid).channels.list();
  }

  async closeChannel(interactionSid: string, channelSid: string): Promise<void> {
    await this.client.flexApi.v1.interaction(interactionSid).channels(channelSid).update({ status: "closed" });
  }

  async invite(interactionSid: string, channelSid: string, queueSid: string) {
    return this.client.flexApi.v1.interaction(interactionSid).channels(channelSid).invites.create({
      routing: { properties: { queue_sid: queueSid, workspace_sid: routing.workspaceSid } },
    });
  }

  async participants(interactionSid: string, channelSid: string) {
    return this.client.flexApi.v1.interaction(interactionSid).channels(channelSid).participants.list();
  }

  async wrapUp(interactionSid: string, channelSid: string, participantSid: string): Promise<void> {
    await this.client.flexApi.v1.interaction(interactionSid).channels(channelSid).participants(participantSid).update({ status: "wrapup" });
  }
}
