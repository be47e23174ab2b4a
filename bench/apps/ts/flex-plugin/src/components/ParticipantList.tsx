import { Box, Button, Stack, Text } from "@twilio-paste/core";
import { Actions } from "@twilio/flex-ui";
import type { ConferenceParticipant } from "@twilio/flex-ui";
import type { HarborTask } from "../types";

interface Props {
  task: HarborTask;
  participants: ConferenceParticipant[];
}

export function ParticipantList({ task, participants }: Props) {
  const kick = (participant: ConferenceParticipant) =>
    Actions.invokeAction("KickParticipant", { sid: task.sid, targetSid: participant.callSid });
  const hold = (participant: ConferenceParticipant) =>
    Actions.invokeAction(participant.onHold ? "UnholdParticipant" : "HoldParticipant", {
      sid: task.sid,
      participantType: participant.participantType,
      targetSid: participant.callSid,
    });
  return (
    <Stack orientation="vertical" spacing="space20">
      {participants.map((participant) => (
        <Box key={participant.callSid} display="flex" columnGap="space30">
          <Text as="span">{participant.participantType}</Text>
          <Button variant="secondary" size="small" onClick={() => hold(participant)}>
            {participant.onHold ? "Resume" : "Hold"}
          </Button>
          <Button variant="destructive" size="small" onClick={() => kick(participant)}>
            Remove
          </Button>
        </Box>
      ))}
    </Stack>
  );
}
