import { createApp } from "./app";
import { env } from "./config/env";
import { startJobs } from "./jobs";
import { logger } from "../../shared/logger";

const app = createApp();
app.listen(env.port, () => {
  logger.info("contact-center api listening", { port: env.port, account: env.twilioAccountSid.slice(0, 8) });
});
startJobs();
