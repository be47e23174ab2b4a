import { registerCallbackActions } from "./outbound-callback";
import { registerHoldActions } from "./hold";
import { registerRecordingActions } from "./recording";
import { registerTransferActions } from "./transfer";
import { registerWrapUpActions } from "./wrapup";

export function registerActions(): void {
  registerHoldActions();
  registerTransferActions();
  registerRecordingActions();
  registerWrapUpActions();
  registerCallbackActions();
}
