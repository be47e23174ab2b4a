import { NextResponse } from "next/server";
import { serverEnv } from "../../../../lib/env";
import { twilioClient } from "../../../../lib/twilio";

// The "your place in line" widget on the portal.
export async function GET(request: Request) {
  const taskSid = new URL(request.url).searchParams.get("taskSid");
  const workspace = twilioClient.taskrouter.v1.workspaces(serverEnv.workspaceSid);
  if (!taskSid) {
    const statistics = await workspace.realTimeStatistics().fetch();
    return NextResponse.json({ tasksByStatus: statistics.tasksByStatus });
  }
  const task = await workspace.tasks(taskSid).fetch();
  return NextResponse.json({ status: task.assignmentStatus, age: task.age, queue: task.taskQueueFriendlyName });
}
