import "@twilio-labs/serverless-runtime-types";
import type { ServerlessFunctionSignature } from "@twilio-labs/serverless-runtime-types/types";
import type { HarborEnv } from "../utils/env.private";

type StatusEvent = { CallSid: string; CallStatus: string; ParentCallSid?: string; CallDuration?: string };

export const handler: ServerlessFunctionSignature<HarborEnv, StatusEvent> = async (context, event, callback) => {
  const sync = context.getTwilioClient().sync.v1.services(context.SYNC_SERVICE_SID);
  if (event.CallStatus === "completed") {
    // The live-call document is named after the call.
    await sync.documents(event.CallSid).remove().catch(() => undefined);
    if (event.ParentCallSid) await sync.syncMaps("active-calls").syncMapItems(event.ParentCallSid).remove().catch(() => undefined);
  } else {
    await sync.syncMaps("active-calls").syncMapItems(event.CallSid).update({ data: { status: event.CallStatus } });
  }
  callback(null, {});
};
