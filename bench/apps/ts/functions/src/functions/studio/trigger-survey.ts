import "@twilio-labs/serverless-runtime-types";
import type { ServerlessFunctionSignature } from "@twilio-labs/serverless-runtime-types/types";
import type { HarborEnv } from "../utils/env.private";
import { jsonResponse } from "../utils/response.private";
import { twilioExecute } from "../utils/twilio-execute.private";

type SurveyEvent = { to: string; callSid: string; agent: string };

export const handler: ServerlessFunctionSignature<HarborEnv, SurveyEvent> = async (context, event, callback) => {
  const execution = await twilioExecute(context, (client) =>
    client.studio.v2.flows(context.STUDIO_SURVEY_FLOW_SID).executions.create({
      to: event.to,
      from: context.NURSE_LINE_NUMBER,
      parameters: { call_sid: event.callSid, agent: event.agent },
    }),
  );
  callback(null, jsonResponse({ executionSid: execution.sid }));
};
