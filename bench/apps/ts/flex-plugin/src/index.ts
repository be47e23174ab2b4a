import { loadPlugin } from "@twilio/flex-plugin";
import HarborAgentPlugin from "./HarborAgentPlugin";

loadPlugin(HarborAgentPlugin);
