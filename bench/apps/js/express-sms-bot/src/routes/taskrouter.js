const express = require("express");
const config = require("../config");

const router = express.Router();

// Assignment callback: pharmacists answer texts in Flex, so just accept.
router.post("/assignment", (req, res) => {
  const attributes = JSON.parse(req.body.TaskAttributes || "{}");
  if (attributes.channel === "sms") {
    return res.json({ instruction: "accept" });
  }
  return res.json({
    instruction: "dequeue",
    from: config.stores[0].phone,
    post_work_activity_sid: process.env.TWILIO_WRAPUP_ACTIVITY_SID,
  });
});

router.post("/events", (req, res) => {
  const { EventType, TaskSid, WorkerSid, ResourceSid } = req.body;
  console.log(`[taskrouter] ${EventType} task=${TaskSid || "-"} worker=${WorkerSid || "-"} resource=${ResourceSid}`);
  res.sendStatus(204);
});

module.exports = router;
