import "@twilio-labs/serverless-runtime-types";
import type { ServerlessFunctionSignature } from "@twilio-labs/serverless-runtime-types/types";
import type { HarborEnv } from "../utils/env.private";
import { jsonResponse } from "../utils/response.private";

type VariableEvent = { key: string; value: string };

// Rotates one environment variable of this service without a redeploy.
export const handler: ServerlessFunctionSignature<HarborEnv, VariableEvent> = async (context, event, callback) => {
  const client = context.getTwilioClient();
  const environment = client.serverless.v1.services(context.SERVICE_SID ?? "").environments(context.ENVIRONMENT_SID ?? "");
  const variables = await environment.variables.list();
  const existing = variables.find((variable) => variable.key === event.key);
  if (existing) await environment.variables(existing.sid).update({ value: event.value });
  else await environment.variables.create({ key: event.key, value: event.value });
  const logs = await environment.logs.list({ limit: 5 });
  return callback(null, jsonResponse({ updated: event.key, recentLogs: logs.map((log) => log.message) }));
};
