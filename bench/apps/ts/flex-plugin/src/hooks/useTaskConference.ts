import type { ConferenceParticipant } from "@twilio/flex-ui";
import { useEffect, useState } from "react";
import type { HarborTask } from "../types";

/** The live legs of the task's conference, refreshed as Flex updates the task. */
export function useTaskConference(task?: HarborTask): ConferenceParticipant[] {
  const [participants, setParticipants] = useState<ConferenceParticipant[]>([]);
  useEffect(() => {
    setParticipants(task?.conference?.participants.filter((participant) => participant.status === "joined") ?? []);
  }, [task?.conference?.liveParticipantCount, task?.conference?.conferenceSid]);
  return participants;
}
