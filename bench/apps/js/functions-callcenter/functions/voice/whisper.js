exports.handler = function (context, event, callback) {
  const twiml = new Twilio.twiml.VoiceResponse();
  twiml.say(`Call from ${event.FromCity || "an unknown city"}. Press any key to accept.`);
  twiml.gather({ numDigits: 1, timeout: 10 });
  twiml.hangup();
  callback(null, twiml);
};
