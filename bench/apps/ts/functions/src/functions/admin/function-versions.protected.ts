import "@twilio-labs/serverless-runtime-types";
import type { ServerlessFunctionSignature } from "@twilio-labs/serverless-runtime-types/types";
import type { HarborEnv } from "../utils/env.private";
import { jsonResponse } from "../utils/response.private";

export const handler: ServerlessFunctionSignature<HarborEnv, { functionSid: string }> = async (context, event, callback) => {
  const service = context.getTwilioClient().serverless.v1.services(context.SERVICE_SID ?? "");
  const fn = await service.functions(event.functionSid).fetch();
  const versions = await service.functions(event.functionSid).functionVersions.list({ limit: 10 });
  const latest = versions[0];
  const content = latest ? await service.functions(event.functionSid).functionVersions(latest.sid).functionVersionContent().fetch() : undefined;
  return callback(null, jsonResponse({ name: fn.friendlyName, versions: versions.map((version) => version.path), size: content?.content.length }));
};
