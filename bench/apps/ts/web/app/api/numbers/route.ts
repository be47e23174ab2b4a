import { NextResponse } from "next/server";
import { twilioClient } from "../../../lib/twilio";

// Clinic admins pick a local number for their clinic's texting line.
export async function GET(request: Request) {
  const areaCode = Number(new URL(request.url).searchParams.get("areaCode") ?? "415");
  const numbers = await twilioClient.availablePhoneNumbers("US").local.list({ areaCode, smsEnabled: true, limit: 20 });
  return NextResponse.json(numbers.map((number) => ({ phoneNumber: number.phoneNumber, locality: number.locality })));
}

export async function POST(request: Request) {
  const { phoneNumber, messagingServiceSid } = (await request.json()) as { phoneNumber: string; messagingServiceSid: string };
  const number = await twilioClient.incomingPhoneNumbers.create({ phoneNumber });
  await twilioClient.messaging.v1.services(messagingServiceSid).phoneNumbers.create({ phoneNumberSid: number.sid });
  return NextResponse.json({ phoneNumberSid: number.sid }, { status: 201 });
}
