exports.handler = function (context, event, callback) {
  const twiml = new Twilio.twiml.VoiceResponse();
  twiml.say("Please leave a message.");
  twiml.record({
    maxLength: 90,
    recordingStatusCallback: `https://${context.DOMAIN_NAME}/voice/voicemail-done`,
    recordingStatusCallbackEvent: "completed",
  });
  callback(null, twiml);
};
