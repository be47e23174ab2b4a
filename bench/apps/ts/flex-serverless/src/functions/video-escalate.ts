import { functionValidator as TokenValidator } from "twilio-flex-token-validator";
import type { FlexEnv } from "./common/env.private";
import { fail, ok } from "./common/cors.private";

type EscalateEvent = { taskSid: string; conversationSid?: string };

export const handler = TokenValidator<FlexEnv, EscalateEvent>(async (context, event, callback) => {
  const client = context.getTwilioClient();
  try {
    const room = await client.video.v1.rooms.create({ uniqueName: `escalation-${event.taskSid}`, type: "go", maxParticipants: 2 });
    if (event.conversationSid) {
      await client.conversations.v1.conversations(event.conversationSid).messages.create({
        author: "Harbor Health",
        body: `Your nurse would like to see you: ${context.PORTAL_BASE_URL}/visit/${room.sid}`,
      });
    }
    callback(null, ok({ roomSid: room.sid }));
  } catch (error) {
    callback(null, fail(error));
  }
});
