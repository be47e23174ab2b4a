import { Router } from "express";
import { client } from "../lib/client.js";

export const conference = Router();

conference.post("/status", async (req, res) => {
  const { ConferenceSid: conferenceSid, StatusCallbackEvent: event, CallSid: callSid, FriendlyName: friendlyName } = req.body;
  console.log(`conference ${conferenceSid} ${event} ${callSid ?? ""}`);
  if (event === "participant-leave") {
    const participants = await client.conferences(conferenceSid).participants.list();
    // When only the interpreter is left, the bridge has no purpose.
    if (participants.length === 1 && participants[0].label === "interpreter") {
      await client.conferences(conferenceSid).participants(participants[0].callSid).remove();
    }
  }
  if (event === "conference-start" && friendlyName.startsWith("interp-")) {
    const callerSid = friendlyName.slice("interp-".length);
    await client.conferences(conferenceSid).participants(callerSid).update({ hold: false });
  }
  res.sendStatus(204);
});

conference.post("/:conferenceSid/mute", async (req, res) => {
  const { callSid, muted } = req.body;
  await client.conferences(req.params.conferenceSid).participants(callSid).update({ muted: muted === "true" });
  res.sendStatus(204);
});
