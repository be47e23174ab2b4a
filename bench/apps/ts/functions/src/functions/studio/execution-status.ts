import "@twilio-labs/serverless-runtime-types";
import type { ServerlessFunctionSignature } from "@twilio-labs/serverless-runtime-types/types";
import type { HarborEnv } from "../utils/env.private";
import { jsonResponse } from "../utils/response.private";
import { withClient } from "../utils/twilio-execute.private";

export const handler: ServerlessFunctionSignature<HarborEnv, { executionSid: string }> = async (context, event, callback) => {
  const run = withClient(context);
  const flowSid = context.STUDIO_SURVEY_FLOW_SID;
  const [execution, steps, executionContext] = await Promise.all([
    run((client) => client.studio.v2.flows(flowSid).executions(event.executionSid).fetch()),
    run((client) => client.studio.v2.flows(flowSid).executions(event.executionSid).steps.list({ limit: 50 })),
    run((client) => client.studio.v2.flows(flowSid).executions(event.executionSid).executionContext().fetch()),
  ]);
  callback(null, jsonResponse({ status: execution.status, steps: steps.map((step) => step.name), context: executionContext.context }));
};
