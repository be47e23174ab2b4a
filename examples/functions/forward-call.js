// A Twilio Function: forwards a caller to the on-call nurse and texts the nurse the caller's number.
exports.handler = async function (context, event, callback) {
  const client = context.getTwilioClient();

  const conference = client.conferences("CF0a1f8cfa6eec27d444cc7104b9bdca2d");
  // Mistake (twilio-sid/sid-matches-resource): a conference participant is a Call (CA...), not a Message (SM...).
  await conference.participants("SMc4a47d9a0ef7d85b4c599d8c9595f5df").update({ hold: false });

  await client.messages.create({
    to: context.ON_CALL_NUMBER,
    messagingServiceSid: context.MESSAGING_SERVICE_SID,
    body: `Incoming call from ${event.From}`,
  });

  return callback(null, new Twilio.twiml.VoiceResponse().dial(context.ON_CALL_NUMBER).toString());
};
