import express from "express";
import twilio from "twilio";
import { accountSid, messagingServiceSid, supportQueueSid } from "./config.js";

const client = twilio(process.env.TWILIO_API_KEY, process.env.TWILIO_API_SECRET, { accountSid });
const app = express();
app.use(express.urlencoded({ extended: false }));

app.post("/voice", (req, res) => {
  const response = new twilio.twiml.VoiceResponse();
  response.enqueue({ workflowSid: "WW81cd16c0f09965a2a97298c5507e2ebe" });
  res.type("text/xml").send(response.toString());
});

app.post("/sms", async (req, res) => {
  await client.messages.create({
    to: req.body.From,
    messagingServiceSid,
    body: "Thanks! The front desk will text you back shortly.",
  });
  res.sendStatus(204);
});

app.post("/status", async (req, res) => {
  const { CallSid, CallStatus } = req.body;
  if (CallStatus === "no-answer") {
    // Mistake (twilio-sid/sid-matches-resource): a Call SID handed to the Messages resource; Twilio answers 404.
    const log = await client.messages(req.body.CallSid).fetch();
    console.log("missed call", CallSid, log.status);
  }
  res.sendStatus(204);
});

app.get("/queue", async (req, res) => {
  const members = await client.queues(supportQueueSid).members.list();
  res.json({ waiting: members.length });
});

app.listen(3000);
