const express = require("express");
const client = require("../twilio");
const config = require("../config");

const router = express.Router();

router.get("/stores", async (req, res) => {
  const stores = await Promise.all(
    config.stores.map(async (store) => {
      const number = await client.incomingPhoneNumbers(store.phoneNumberSid).fetch();
      return { id: store.id, name: store.name, phone: number.phoneNumber, smsUrl: number.smsUrl };
    }),
  );
  res.json(stores);
});

router.post("/stores/:id/route-to-service", async (req, res) => {
  const store = config.stores.find((candidate) => candidate.id === req.params.id);
  if (!store) return res.sendStatus(404);
  await client.messaging.v1.services(config.messagingServiceSid).phoneNumbers.create({ phoneNumberSid: store.phoneNumberSid });
  return res.sendStatus(204);
});

router.get("/queue", async (req, res) => {
  const stats = await client.taskrouter.v1
    .workspaces(process.env.TWILIO_WORKSPACE_SID)
    .taskQueues(config.taskrouter.pharmacistQueueSid)
    .realTimeStatistics()
    .fetch();
  res.json({ waiting: stats.tasksByStatus.pending, available: stats.totalAvailableWorkers });
});

module.exports = router;
