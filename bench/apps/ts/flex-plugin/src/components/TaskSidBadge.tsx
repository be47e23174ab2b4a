import { Badge } from "@twilio-paste/core";
import { useCallback, useState } from "react";

interface Props {
  taskSid: string;
  reservationSid?: string;
}

/** Shows the task SID and copies it for support tickets. */
export function TaskSidBadge({ taskSid, reservationSid }: Props) {
  const [copied, setCopied] = useState(false);
  const copy = useCallback(async () => {
    await navigator.clipboard.writeText(reservationSid ? `${taskSid} / ${reservationSid}` : taskSid);
    setCopied(true);
    setTimeout(() => setCopied(false), 1500);
  }, [taskSid, reservationSid]);
  return (
    <Badge as="button" variant={copied ? "success" : "neutral"} onClick={copy} title="Copy task SID">
      {copied ? "Copied" : taskSid}
    </Badge>
  );
}
