import { Button } from "@twilio-paste/core";
import { Manager } from "@twilio/flex-ui";
import { useState } from "react";
import { callServerless } from "../utils/serverless";

interface Props {
  conferenceSid: string;
  agentCallSid: string;
}

/** Supervisors join a live call muted (monitor), coach the agent, or barge in. */
export function SupervisorBarge({ conferenceSid, agentCallSid }: Props) {
  const [mode, setMode] = useState<"off" | "monitor" | "coach" | "barge">("off");
  const supervisorSid = Manager.getInstance().workerClient?.sid;
  const join = async (next: "monitor" | "coach" | "barge") => {
    await callServerless("supervisor-join", { conferenceSid, agentCallSid, supervisorSid, mode: next });
    setMode(next);
  };
  return (
    <>
      <Button variant="secondary" disabled={mode !== "off"} onClick={() => join("monitor")}>
        Monitor
      </Button>
      <Button variant="secondary" onClick={() => join("coach")}>
        Coach
      </Button>
      <Button variant="destructive" onClick={() => join("barge")}>
        Barge
      </Button>
    </>
  );
}
