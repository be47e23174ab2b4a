import { functionValidator as TokenValidator } from "twilio-flex-token-validator";
import type { FlexEnv } from "./common/env.private";
import { fail, ok } from "./common/cors.private";

type CancelEvent = { taskSid: string; reservationSid: string; workerSid: string };

export const handler = TokenValidator<FlexEnv, CancelEvent>(async (context, event, callback) => {
  const workspace = context.getTwilioClient().taskrouter.v1.workspaces(context.TWILIO_WORKSPACE_SID);
  try {
    const reservation = await workspace.tasks(event.taskSid).reservations(event.reservationSid).fetch();
    if (reservation.reservationStatus === "pending") {
      await workspace.workers(event.workerSid).reservations(event.reservationSid).update({ reservationStatus: "rejected" });
    }
    callback(null, ok({ status: reservation.reservationStatus }));
  } catch (error) {
    callback(null, fail(error));
  }
});
