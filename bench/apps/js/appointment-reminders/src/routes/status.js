const express = require("express");
const { getClient } = require("../lib/twilio-client");

const router = express.Router();

router.post("/", async (req, res) => {
  const { MessageSid: messageSid, MessageStatus: status, ErrorCode: errorCode } = req.body;
  if (status === "failed" && errorCode === "21610") {
    // The patient opted out; stop every scheduled reminder to them.
    const client = getClient();
    const scheduled = await client.messages.list({ to: req.body.To, status: "scheduled" });
    for (const message of scheduled) await client.messages(message.sid).update({ status: "canceled" });
  }
  console.log(`status ${messageSid}: ${status}`);
  res.sendStatus(204);
});

module.exports = router;
