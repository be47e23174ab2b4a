exports.handler = async function (context, event, callback) {
  const twiml = new Twilio.twiml.VoiceResponse();
  const client = context.getTwilioClient();
  const queue = await client.queues(context.SUPPORT_QUEUE_SID).fetch();
  const position = Number(event.QueuePosition || queue.currentSize);
  twiml.say(`You are caller number ${position}. The average wait is ${Math.ceil(queue.averageWaitTime / 60)} minutes.`);
  if (Number(event.QueueTime) > 600) {
    twiml.say("Press 1 at any time to get a call back instead.");
    twiml.gather({ numDigits: 1, action: `https://${context.DOMAIN_NAME}/taskrouter/callback` });
  }
  twiml.play("https://callcenter-assets-2231.twil.io/hold.mp3");
  callback(null, twiml);
};
