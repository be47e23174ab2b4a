import "@twilio-labs/serverless-runtime-types";
import type { ServerlessFunctionSignature } from "@twilio-labs/serverless-runtime-types/types";
import type { HarborEnv } from "../utils/env.private";
import type { twilioExecute as TwilioExecute } from "../utils/twilio-execute.private";

type ConferenceEvent = { ConferenceSid: string; FriendlyName: string; StatusCallbackEvent: string; CallSid?: string };

const { twilioExecute } = require(Runtime.getFunctions()["utils/twilio-execute"]!.path) as { twilioExecute: typeof TwilioExecute };

export const handler: ServerlessFunctionSignature<HarborEnv, ConferenceEvent> = async (context, event, callback) => {
  if (event.StatusCallbackEvent === "conference-start" && event.FriendlyName.startsWith("WT")) {
    const taskSid = event.FriendlyName;
    const task = await twilioExecute(context, (client) => client.taskrouter.v1.workspaces(context.WORKSPACE_SID).tasks(taskSid).fetch());
    const attributes = JSON.parse(task.attributes);
    attributes.conference = { sid: event.ConferenceSid, participants: { customer: attributes.call_sid } };
    await twilioExecute(context, (client) =>
      client.taskrouter.v1.workspaces(context.WORKSPACE_SID).tasks(taskSid).update({ attributes: JSON.stringify(attributes) }),
    );
  }
  if (event.StatusCallbackEvent === "participant-leave") {
    const participants = await twilioExecute(context, (client) => client.conferences(event.ConferenceSid).participants.list());
    if (participants.length === 1) {
      await twilioExecute(context, (client) => client.conferences(event.ConferenceSid).update({ status: "completed" }));
    }
  }
  callback(null, {});
};
