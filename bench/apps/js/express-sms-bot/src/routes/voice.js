const express = require("express");
const twilio = require("twilio");
const config = require("../config");

const client = twilio(config.accountSid, config.authToken);
const router = express.Router();

async function hangUp(callSid) {
  return client.calls(callSid).update({ status: "completed" });
}

router.post("/", (req, res) => {
  const twiml = new twilio.twiml.VoiceResponse();
  twiml.say("Harbor Pharmacy. Your prescription is ready for pickup. Press 1 to hear store hours.");
  twiml.gather({ numDigits: 1, action: "/voice/menu" });
  res.type("text/xml").send(twiml.toString());
});

router.post("/menu", (req, res) => {
  const twiml = new twilio.twiml.VoiceResponse();
  if (req.body.Digits === "1") twiml.say("We are open 9 to 9, seven days a week.");
  twiml.hangup();
  res.type("text/xml").send(twiml.toString());
});

// A patient who texts STOP while the reminder call is ringing wants the call gone too.
router.post("/stop", async (req, res) => {
  if (/^stop$/i.test(req.body.Body || "")) {
    await hangUp(req.body.MessageSid).catch(() => null); // expect-sid: sid-prefix-matches-name
  }
  res.sendStatus(204);
});

router.post("/calls/:callSid/end", async (req, res) => {
  await hangUp(req.params.callSid);
  res.sendStatus(204);
});

module.exports = router;
