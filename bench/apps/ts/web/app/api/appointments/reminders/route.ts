import { NextResponse } from "next/server";
import { serverEnv } from "../../../../lib/env";
import { twilioClient } from "../../../../lib/twilio";

interface Appointment {
  id: string;
  phone: string;
  patientName: string;
  startsAt: string;
}

// Called by the scheduler (Vercel cron) every morning with the day's appointments.
export async function POST(request: Request) {
  const appointments = (await request.json()) as Appointment[];
  const results = await Promise.allSettled(
    appointments.map((appointment) =>
      twilioClient.messages.create({
        to: appointment.phone,
        messagingServiceSid: serverEnv.messagingServiceSid,
        body: `Hi ${appointment.patientName}, reminder: your Harbor Health appointment is at ${new Date(appointment.startsAt).toLocaleTimeString("en-US")}. Reply C to confirm.`,
        sendAt: new Date(new Date(appointment.startsAt).getTime() - 2 * 3_600_000),
        scheduleType: "fixed",
      }),
    ),
  );
  const scheduled = results.filter((result) => result.status === "fulfilled").length;
  return NextResponse.json({ scheduled, failed: results.length - scheduled });
}

export async function DELETE(request: Request) {
  const { messageSids } = (await request.json()) as { messageSids: string[] };
  await Promise.all(messageSids.map((messageSid) => twilioClient.messages(messageSid).update({ status: "canceled" })));
  return new Response(null, { status: 204 });
}
