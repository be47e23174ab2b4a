import "@twilio-labs/serverless-runtime-types";
import type { ServerlessFunctionSignature } from "@twilio-labs/serverless-runtime-types/types";
import type { HarborEnv } from "../utils/env.private";
import { jsonResponse } from "../utils/response.private";

interface PinnedAsset {
  assetSid: string;
  versionSid: string;
  /** The asset holding this bundle's `.js.map`, and the version of it that matches the bundle. */
  sourceMapSid: string;
  versionMapSid: string;
}

// Bundles the error reporter symbolicates: each with the matching version of its source map.
const PINNED: Record<string, PinnedAsset> = {
  "/softphone.js": {
    assetSid: "ZHfbc4f9ba1a2fa8656802632e6dbc72ab",
    versionSid: "ZN765d551b86e72b1c485e813bbb0417c6",
    sourceMapSid: "ZH0c4335c5a079eb0d186fb2613ab65b98",
    versionMapSid: "ZN4d52c955184ae91ed416d6ee37fc5a6c",
  },
  "/wallboard.js": {
    assetSid: "ZHc6d08b960d2ba72874510a01cf0862e3",
    versionSid: "ZN4b525bf3c0fc77874b22cbb78cad3fc9",
    sourceMapSid: "ZHc209c97a94fac162bbd3e7a616777749",
    versionMapSid: "ZN21d2df3484384c77e3fc9bc42d73c873",
  },
};

export const handler: ServerlessFunctionSignature<HarborEnv, { path?: string }> = async (context, event, callback) => {
  const client = context.getTwilioClient();
  const serviceSid = context.SERVICE_SID ?? "harbor-functions";
  const environmentSid = context.ENVIRONMENT_SID ?? "";
  const [deployment] = await client.serverless.v1.services(serviceSid).environments(environmentSid).deployments.list({ limit: 1 });
  const pinned = event.path ? PINNED[event.path] : undefined;
  if (!pinned) return callback(null, jsonResponse({ buildSid: deployment?.buildSid, assets: Object.keys(PINNED) }));
  const service = client.serverless.v1.services(serviceSid);
  const [bundle, map] = await Promise.all([
    service.assets(pinned.assetSid).assetVersions(pinned.versionSid).fetch(),
    service.assets(pinned.sourceMapSid).assetVersions(pinned.versionMapSid).fetch(),
  ]);
  return callback(null, jsonResponse({ bundle: bundle.path, map: map.path, buildSid: deployment?.buildSid }));
};
