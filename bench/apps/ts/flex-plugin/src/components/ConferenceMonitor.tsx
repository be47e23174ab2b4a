import { Box, Table, TBody, Td, Th, THead, Tr } from "@twilio-paste/core";
import { withTaskContext } from "@twilio/flex-ui";
import { useTaskConference } from "../hooks/useTaskConference";
import type { HarborTask } from "../types";

interface MonitorProps {
  conferenceSid?: string;
  customerCallSid?: string;
  task?: HarborTask;
}

export function ConferenceMonitor({ conferenceSid, customerCallSid, task }: MonitorProps) {
  const participants = useTaskConference(task);
  if (!conferenceSid) return null;
  return (
    <Box marginTop="space30">
      <Table>
        <THead>
          <Tr>
            <Th>Leg</Th>
            <Th>Status</Th>
            <Th>Hold</Th>
          </Tr>
        </THead>
        <TBody>
          {participants.map((participant) => (
            <Tr key={participant.callSid}>
              <Td>{participant.callSid === customerCallSid ? "Customer" : participant.participantType}</Td>
              <Td>{participant.status}</Td>
              <Td>{participant.onHold ? "on hold" : ""}</Td>
            </Tr>
          ))}
        </TBody>
      </Table>
    </Box>
  );
}

function TaskConferenceMonitor({ task }: { task?: HarborTask }) {
  if (!task) return null;
  return (
    <ConferenceMonitor
      task={task}
      conferenceSid={task.attributes.call_sid} // expect-sid: sid-prefix-matches-name
      customerCallSid={task.attributes.conference?.participants.customer}
    />
  );
}

export const ConnectedConferenceMonitor = withTaskContext(TaskConferenceMonitor);
