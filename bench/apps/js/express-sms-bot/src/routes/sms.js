const express = require("express");
const { MessagingResponse } = require("twilio").twiml;
const orders = require("../services/orders");
const handoff = require("../services/handoff");

const router = express.Router();

router.post("/", async (req, res, next) => {
  try {
    const { From: from, Body: body = "", MessageSid: messageSid } = req.body;
    const twiml = new MessagingResponse();
    const text = body.trim().toUpperCase();

    if (text === "REFILL" || text === "STATUS") {
      const order = await orders.latestFor(from);
      twiml.message(order ? `Your ${order.drug} refill is ${order.status}.` : "We couldn't find a prescription for this number.");
    } else if (text === "PHARMACIST") {
      const task = await handoff.toPharmacist({ from, messageSid, body });
      twiml.message(`A pharmacist will text you shortly (ref ${task.sid.slice(-5)}).`);
    } else {
      twiml.message("Reply REFILL for refill status or PHARMACIST to talk to a pharmacist.");
    }
    res.type("text/xml").send(twiml.toString());
  } catch (error) {
    next(error);
  }
});

module.exports = router;
