import { functionValidator as TokenValidator } from "twilio-flex-token-validator";
import type { FlexEnv } from "./common/env.private";
import { fail, ok } from "./common/cors.private";

type TransferEvent = { flexInteractionSid: string; flexInteractionChannelSid: string; targetQueueSid: string; participantSid?: string };

/** Transfers a chat or email interaction to a queue through the Interactions API. */
export const handler = TokenValidator<FlexEnv, TransferEvent>(async (context, event, callback) => {
  const client = context.getTwilioClient();
  const channel = client.flexApi.v1.interaction(event.flexInteractionSid).channels(event.flexInteractionChannelSid);
  try {
    const invite = await channel.invites.create({
      routing: {
        properties: {
          workspace_sid: context.TWILIO_WORKSPACE_SID,
          workflow_sid: context.TWILIO_TRANSFER_WORKFLOW_SID,
          queue_sid: event.targetQueueSid,
          task_channel_unique_name: "chat",
        },
      },
    });
    if (event.participantSid) await channel.participants(event.participantSid).update({ status: "closed" });
    callback(null, ok({ inviteSid: invite.sid }));
  } catch (error) {
    callback(null, fail(error));
  }
});
