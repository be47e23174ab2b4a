import { createRoot } from "react-dom/client";
import { App } from "./App";
import { config } from "./lib/config";

const params = new URLSearchParams(window.location.search);
const workerSid = params.get("workerSid") ?? "";
if (!workerSid) console.warn(`No workerSid in the URL; open ${window.location.origin}?workerSid=<your WK SID> (workspace ${config.workspaceSid})`);

createRoot(document.getElementById("root")!).render(<App workerSid={workerSid} />);
