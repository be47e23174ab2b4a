import { NextResponse } from "next/server";
import { serverEnv } from "../../../lib/env";
import { twilioClient } from "../../../lib/twilio";

export async function POST(request: Request) {
  const { phone, appointmentId } = (await request.json()) as { phone: string; appointmentId: string };
  const execution = await twilioClient.studio.v2.flows(serverEnv.reminderFlowSid).executions.create({
    to: phone,
    from: serverEnv.callerId,
    parameters: { appointmentId },
  });
  return NextResponse.json({ executionSid: execution.sid }, { status: 201 });
}

export async function GET(request: Request) {
  const executionSid = new URL(request.url).searchParams.get("executionSid");
  if (!executionSid) return NextResponse.json({ error: "executionSid required" }, { status: 400 });
  const context = await twilioClient.studio.v2.flows(serverEnv.reminderFlowSid).executions(executionSid).executionContext().fetch();
  return NextResponse.json(context.context);
}
