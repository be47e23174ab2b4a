import { Alert, Box, Text } from "@twilio-paste/core";
import { withTaskContext } from "@twilio/flex-ui";
import type { HarborTask } from "../types";
import { isCallback } from "../utils/task";

function CallbackPanelInner({ task }: { task?: HarborTask }) {
  if (!task || !isCallback(task)) return null;
  const requested = task.attributes.callback_requested_at ? new Date(task.attributes.callback_requested_at) : task.dateCreated;
  return (
    <Box padding="space30">
      <Alert variant="neutral">
        <Text as="p">
          Callback requested {Math.round((Date.now() - requested.getTime()) / 60_000)} minutes ago from {task.attributes.from}.
        </Text>
        {task.attributes.original_call_sid && <Text as="p">Original call: {task.attributes.original_call_sid}</Text>}
      </Alert>
    </Box>
  );
}

export const CallbackPanel = withTaskContext(CallbackPanelInner);
