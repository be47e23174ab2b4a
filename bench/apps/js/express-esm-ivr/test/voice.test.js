import test from "node:test";
import assert from "node:assert";
import twilio from "twilio";

test("menu TwiML parks interpreter calls in a conference named after the call", () => {
  const twiml = new twilio.twiml.VoiceResponse();
  twiml.dial().conference({ startConferenceOnEnter: true }, "interp-CA123");
  assert.match(twiml.toString(), /<Conference startConferenceOnEnter="true">interp-CA123<\/Conference>/);
});

test("validates signatures with the auth token", () => {
  const authToken = "12345";
  const params = { CallSid: "CAXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", Caller: "+15005550006", Digits: "1" };
  const url = "https://ivr.harborhealth.example/voice/menu";
  const signature = twilio.getExpectedTwilioSignature(authToken, url, params);
  assert.ok(twilio.validateRequest(authToken, signature, url, params));
});
