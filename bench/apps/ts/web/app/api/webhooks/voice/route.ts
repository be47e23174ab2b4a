import twilio from "twilio";

export async function POST(request: Request) {
  const form = await request.formData();
  const twiml = new twilio.twiml.VoiceResponse();
  const digits = form.get("Digits");
  if (digits === "1") {
    twiml.say("Your appointment is confirmed. Goodbye.");
  } else {
    twiml.gather({ numDigits: 1 }).say("Press 1 to confirm your appointment.");
  }
  console.log("voice webhook", form.get("CallSid"), form.get("AnsweredBy"));
  return new Response(twiml.toString(), { headers: { "Content-Type": "text/xml" } });
}
