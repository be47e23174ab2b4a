import { functionValidator as TokenValidator } from "twilio-flex-token-validator";
import type { FlexEnv } from "./common/env.private";
import { fail, ok } from "./common/cors.private";
import { twilioExecute } from "./common/retry.private";

type SurveyEvent = { taskSid: string; callSid: string; to: string };

export const handler = TokenValidator<FlexEnv, SurveyEvent>(async (context, event, callback) => {
  try {
    const execution = await twilioExecute(context, (client) =>
      client.studio.v2.flows(context.TWILIO_SURVEY_FLOW_SID).executions.create({
        to: event.to,
        from: context.TWILIO_FLEX_CALLER_ID,
        parameters: { task_sid: event.taskSid, call_sid: event.callSid },
      }),
    );
    callback(null, ok({ executionSid: execution.sid }));
  } catch (error) {
    callback(null, fail(error));
  }
});
