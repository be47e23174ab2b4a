import { Box, Text } from "@twilio-paste/core";
import { withTaskContext } from "@twilio/flex-ui";
import { useSyncDocument } from "../hooks/useSyncDocument";
import type { HarborTask } from "../types";
import { customerCallSid } from "../utils/task";

function LiveCallNotesInner({ task }: { task?: HarborTask }) {
  const callSid = task ? customerCallSid(task) : undefined;
  const state = useSyncDocument<{ notes?: string; status?: string }>(callSid);
  if (!state) return null;
  return (
    <Box padding="space30">
      <Text as="p">Call status: {state.status}</Text>
      {state.notes && <Text as="p">Notes from triage: {state.notes}</Text>}
    </Box>
  );
}

export const LiveCallNotes = withTaskContext(LiveCallNotesInner);
