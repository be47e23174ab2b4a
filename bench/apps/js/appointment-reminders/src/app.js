const express = require("express");
const cron = require("node-cron");
const { sendReminders } = require("./jobs/send-reminders");
const { callUnconfirmed } = require("./jobs/call-unconfirmed");
const { redactPastReminders } = require("./jobs/cleanup");

const app = express();
app.use(express.urlencoded({ extended: false }));
app.use("/replies", require("./routes/replies"));
app.use("/status", require("./routes/status"));

cron.schedule("*/5 * * * *", () => sendReminders().catch(console.error));
cron.schedule("*/10 * * * *", () => callUnconfirmed().catch(console.error));
cron.schedule("0 3 * * *", () => redactPastReminders().catch(console.error));

app.listen(process.env.PORT || 3003);
