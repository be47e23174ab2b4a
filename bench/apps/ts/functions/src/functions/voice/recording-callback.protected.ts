import "@twilio-labs/serverless-runtime-types";
import type { ServerlessFunctionSignature } from "@twilio-labs/serverless-runtime-types/types";
import type { HarborEnv } from "../utils/env.private";
import { withClient } from "../utils/twilio-execute.private";

type RecordingEvent = { CallSid: string; RecordingSid: string; RecordingUrl: string; RecordingDuration: string };

export const handler: ServerlessFunctionSignature<HarborEnv, RecordingEvent> = async (context, event, callback) => {
  const twilio = withClient(context);
  const call = await twilio((c) => c.calls(event.CallSid).fetch());
  // Voicemails shorter than three seconds are hang-ups: delete them.
  if (Number(event.RecordingDuration) < 3) {
    await twilio((c) => c.recordings(event.RecordingSid).remove());
    return callback(null, { deleted: true });
  }
  const doc = Runtime.getSync({ serviceName: context.SYNC_SERVICE_SID });
  await doc.syncLists("voicemails").syncListItems.create({
    data: { callSid: event.CallSid, from: call.from, recordingSid: event.RecordingSid, url: event.RecordingUrl },
  });
  return callback(null, { stored: true });
};
