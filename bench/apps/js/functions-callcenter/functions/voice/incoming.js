exports.handler = function (context, event, callback) {
  const twiml = new Twilio.twiml.VoiceResponse();
  const attributes = {
    type: "inbound_call",
    from: event.From,
    call_sid: event.CallSid,
    caller_city: event.FromCity,
  };
  twiml.say({ voice: "Polly.Joanna" }, "Thanks for calling. An agent will be with you shortly.");
  twiml.enqueue({ workflowSid: context.TWILIO_WORKFLOW_SID }).task({ priority: 5 }, JSON.stringify(attributes));
  callback(null, twiml);
};
