const express = require("express");
const twilio = require("twilio");
const Appointment = require("../models/appointment");

const router = express.Router();

router.post("/", (req, res) => {
  const twiml = new twilio.twiml.MessagingResponse();
  const [appointment] = Appointment.byPhone(req.body.From);
  const reply = (req.body.Body || "").trim().toUpperCase();
  if (!appointment) {
    twiml.message("We couldn't find an upcoming appointment for this number.");
  } else if (reply === "C" || reply === "CONFIRM") {
    appointment.status = "confirmed";
    appointment.save();
    twiml.message("Thanks, you're confirmed. See you soon!");
  } else if (reply === "X" || reply === "CANCEL") {
    appointment.status = "canceled";
    appointment.save();
    twiml.message("Your appointment is cancelled. Call us to reschedule.");
  } else {
    twiml.message("Reply C to confirm or X to cancel.");
  }
  res.type("text/xml").send(twiml.toString());
});

module.exports = router;
