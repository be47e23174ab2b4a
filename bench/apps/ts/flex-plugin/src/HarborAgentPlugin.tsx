import * as Flex from "@twilio/flex-ui";
import { FlexPlugin } from "@twilio/flex-plugin";
import { registerActions } from "./actions";
import { CallbackPanel } from "./components/CallbackPanel";
import { ConnectedConferenceMonitor } from "./components/ConferenceMonitor";
import { CustomerInfo } from "./components/CustomerInfo";
import { LiveCallNotes } from "./components/LiveCallNotes";
import { RecordingControls } from "./components/RecordingControls";
import { TransferDirectory } from "./components/TransferDirectory";
import { VideoEscalation } from "./components/VideoEscalation";
import { WorkerStatusBadge } from "./components/WorkerStatusBadge";
import { FEATURES, workspaceSid } from "./config";
import { registerNotifications } from "./notifications";
import { strings } from "./strings";

const PLUGIN_NAME = "HarborAgentPlugin";

export default class HarborAgentPlugin extends FlexPlugin {
  constructor() {
    super(PLUGIN_NAME);
  }

  init(flex: typeof Flex, manager: Flex.Manager): void {
    manager.strings = { ...manager.strings, ...strings };
    registerNotifications();
    registerActions();

    flex.TaskInfoPanel.Content.add(<CustomerInfo key="harbor-customer-info" />, { sortOrder: -1 });
    flex.TaskCanvasTabs.Content.add(<CallbackPanel key="harbor-callback" />);
    flex.CallCanvas.Content.add(<ConnectedConferenceMonitor key="harbor-conference" />);
    flex.CallCanvas.Content.add(<LiveCallNotes key="harbor-notes" />);
    flex.CallCanvasActions.Content.add(<RecordingControls key="harbor-recording" />);
    flex.CallCanvasActions.Content.add(<TransferDirectory key="harbor-transfer" />);
    flex.MainHeader.Content.add(<WorkerStatusBadge key="harbor-status" workerSid={manager.workerClient?.sid} />);
    if (FEATURES.videoEscalation) {
      flex.TaskCanvasTabs.Content.add(<VideoEscalation key="harbor-video" />, { if: (props) => props.task?.taskChannelUniqueName === "chat" });
    }
    console.info(`${PLUGIN_NAME} loaded for worker ${manager.workerClient?.sid} in workspace ${workspaceSid()}`);
  }
}
