import type { Twilio } from "twilio";
import { env } from "../config/env";
import { routing } from "../config/taskrouter";
import { defineWorker } from "./queue";

interface CallbackJob {
  taskSid: string;
  workerSid: string;
  patientPhone: string;
  agentContactUri: string;
}

async function agentLeg(twilio: Twilio, job: CallbackJob) {
  return twilio.calls.create({
    to: job.agentContactUri,
    from: env.callerId,
    twiml: `<Response><Say>Callback to ${job.patientPhone.slice(-4)}.</Say><Dial><Conference endConferenceOnExit="true">${job.taskSid}</Conference></Dial></Response>`,
  });
}

/** Places a callback: the agent's leg joins the task's conference, then the patient is dialled into it. */
export const callbackDialerWorker = defineWorker<CallbackJob>("callback-dialer", async (job, { twilio, log }) => {
  const workspace = twilio.taskrouter.v1.workspaces(routing.workspaceSid);
  const reservations = await workspace.workers(job.workerSid).reservations.list({ reservationStatus: "pending" });
  const reservation = reservations.find((candidate) => candidate.taskSid === job.taskSid);
  if (reservation) await workspace.workers(job.workerSid).reservations(reservation.sid).update({ reservationStatus: "accepted" });
  const agent = await agentLeg(twilio, job);
  const patient = await twilio.conferences(job.taskSid).participants.create({ from: env.callerId, to: job.patientPhone, earlyMedia: true });
  await workspace.tasks(job.taskSid).update({
    attributes: JSON.stringify({ type: "callback", agent_call_sid: agent.sid, customer_call_sid: patient.callSid }),
  });
  log.info("callback placed", { taskSid: job.taskSid, agentCallSid: agent.sid, patientCallSid: patient.callSid });
});
