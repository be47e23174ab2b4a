const { corsResponse } = require(Runtime.getFunctions()["utils/helpers"].path);

exports.handler = async function (context, event, callback) {
  const client = context.getTwilioClient();
  const message = await client.messages.create({
    to: event.to,
    body: event.body,
    messagingServiceSid: context.TWILIO_MESSAGING_SERVICE_SID,
  });
  callback(null, corsResponse({ sid: message.sid, status: message.status }));
};
