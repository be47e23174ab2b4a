import "@twilio-labs/serverless-runtime-types";
import type { ServerlessFunctionSignature } from "@twilio-labs/serverless-runtime-types/types";
import type { HarborEnv } from "../utils/env.private";
import { jsonResponse } from "../utils/response.private";

const KEEP = 5;

export const handler: ServerlessFunctionSignature<HarborEnv> = async (context, _event, callback) => {
  const client = context.getTwilioClient();
  const serviceSid = context.SERVICE_SID;
  if (!serviceSid) return callback(null, jsonResponse({ error: "only runs deployed" }, 400));
  const service = client.serverless.v1.services(serviceSid);
  const environments = await service.environments.list();
  const live = new Set(environments.map((environment) => environment.buildSid));
  const builds = await service.builds.list({ limit: 100 });
  const stale = builds.filter((build) => !live.has(build.sid)).slice(KEEP);
  for (const build of stale) await service.builds(build.sid).remove();
  return callback(null, jsonResponse({ removed: stale.map((build) => build.sid) }));
};
