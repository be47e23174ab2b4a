import { Box, Heading, Stack, Text } from "@twilio-paste/core";
import { withTaskContext } from "@twilio/flex-ui";
import type { HarborTask } from "../types";
import { displayName } from "../utils/task";
import { TaskSidBadge } from "./TaskSidBadge";

interface Props {
  task?: HarborTask;
}

function CustomerInfoPanel({ task }: Props) {
  if (!task) return null;
  const { attributes } = task;
  return (
    <Box padding="space40">
      <Heading as="h3" variant="heading30">
        {displayName(task)}
      </Heading>
      <Stack orientation="vertical" spacing="space20">
        <Text as="p">Phone: {attributes.from}</Text>
        {attributes.patient_id && <Text as="p">Patient #{attributes.patient_id}</Text>}
        {attributes.transcript && <Text as="p">Voicemail: “{attributes.transcript}”</Text>}
        <TaskSidBadge taskSid={task.taskSid} reservationSid={task.sid} />
      </Stack>
    </Box>
  );
}

export const CustomerInfo = withTaskContext(CustomerInfoPanel);
