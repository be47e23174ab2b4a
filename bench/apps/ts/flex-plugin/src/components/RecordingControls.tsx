import { Button } from "@twilio-paste/core";
import { Actions, withTaskContext } from "@twilio/flex-ui";
import { useState } from "react";
import type { HarborTask } from "../types";

function RecordingControlsInner({ task }: { task?: HarborTask }) {
  const [paused, setPaused] = useState(false);
  if (!task) return null;
  const toggle = async () => {
    await Actions.invokeAction(paused ? "HarborResumeRecording" : "HarborPauseRecording", { task });
    setPaused(!paused);
  };
  return (
    <Button variant={paused ? "primary" : "secondary"} onClick={toggle}>
      {paused ? "Resume recording" : "Pause recording (card details)"}
    </Button>
  );
}

export const RecordingControls = withTaskContext(RecordingControlsInner);
