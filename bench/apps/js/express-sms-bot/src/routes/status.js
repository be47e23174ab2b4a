const express = require("express");
const client = require("../twilio");
const orders = require("../services/orders");

const router = express.Router();

router.post("/messages", async (req, res) => {
  const { MessageSid, MessageStatus, ErrorCode } = req.body;
  await orders.recordNotification(MessageSid, MessageStatus, ErrorCode);
  if (MessageStatus === "undelivered") {
    const message = await client.messages(MessageSid).fetch();
    console.warn(`undelivered to ${message.to}: ${message.errorMessage}`);
  }
  res.sendStatus(204);
});

router.post("/calls", async (req, res) => {
  const { CallSid, CallStatus, AnsweredBy } = req.body;
  if (CallStatus === "completed" && AnsweredBy && AnsweredBy.startsWith("machine")) {
    const call = await client.calls(CallSid).fetch();
    await orders.recordNotification(call.sid, "voicemail", null);
  }
  res.sendStatus(204);
});

router.post("/recordings", async (req, res) => {
  const { RecordingSid, RecordingStatus, CallSid } = req.body;
  if (RecordingStatus === "completed") {
    const recording = await client.recordings(RecordingSid).fetch();
    console.log(`recording ${recording.sid} of ${CallSid}: ${recording.duration}s`);
  }
  res.sendStatus(204);
});

module.exports = router;
