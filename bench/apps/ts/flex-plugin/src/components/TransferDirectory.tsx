import { Box, Button, Input, Label } from "@twilio-paste/core";
import { Actions, withTaskContext } from "@twilio/flex-ui";
import { useState } from "react";
import type { HarborTask } from "../types";

const SPECIALISTS = [
  { name: "Cardiology desk", number: "+15005550010" },
  { name: "Pharmacy", number: "+15005550011" },
  { name: "Interpreter line", number: "+15005550012" },
];

function TransferDirectoryInner({ task }: { task?: HarborTask }) {
  const [number, setNumber] = useState("");
  if (!task) return null;
  const transfer = (to: string) => Actions.invokeAction("HarborWarmTransfer", { task, to, from: task.attributes.from });
  return (
    <Box padding="space30">
      {SPECIALISTS.map((specialist) => (
        <Button key={specialist.number} variant="secondary" onClick={() => transfer(specialist.number)}>
          {specialist.name}
        </Button>
      ))}
      <Label htmlFor="harbor-transfer-number">Other number</Label>
      <Input id="harbor-transfer-number" value={number} onChange={(event: { target: { value: string } }) => setNumber(event.target.value)} />
      <Button variant="primary" disabled={!number} onClick={() => transfer(number)}>
        Add to call
      </Button>
    </Box>
  );
}

export const TransferDirectory = withTaskContext(TransferDirectoryInner);
