import { Button, Text } from "@twilio-paste/core";
import { withTaskContext } from "@twilio/flex-ui";
import { useState } from "react";
import { callServerless } from "../utils/serverless";
import type { HarborTask } from "../types";

/** Escalates a chat to a video visit: the function creates a room and texts the patient a link. */
function VideoEscalationInner({ task }: { task?: HarborTask }) {
  const [roomSid, setRoomSid] = useState<string>();
  if (!task) return null;
  const escalate = async () => {
    const result = await callServerless<{ roomSid: string }>("video-escalate", {
      taskSid: task.taskSid,
      conversationSid: task.attributes.conversationSid,
    });
    setRoomSid(result.roomSid);
  };
  return roomSid ? (
    <Text as="p">Video room {roomSid} is ready.</Text>
  ) : (
    <Button variant="primary" onClick={escalate}>
      Start video visit
    </Button>
  );
}

export const VideoEscalation = withTaskContext(VideoEscalationInner);
