import { NextResponse } from "next/server";
import { serverEnv } from "../../../lib/env";
import { twilioClient } from "../../../lib/twilio";

export async function POST(request: Request) {
  const form = await request.formData();
  const phone = String(form.get("phone") ?? "");
  const task = await twilioClient.taskrouter.v1.workspaces(serverEnv.workspaceSid).tasks.create({
    workflowSid: serverEnv.callbackWorkflowSid,
    taskChannel: "voice",
    attributes: JSON.stringify({ type: "callback", from: phone, name: form.get("name"), source: "portal" }),
  });
  return NextResponse.redirect(`${serverEnv.baseUrl}/callback/confirmed?ref=${task.sid.slice(-6)}`, 303);
}
