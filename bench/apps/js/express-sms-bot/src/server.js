const express = require("express");
const bodyParser = require("body-parser");
const twilio = require("twilio");
const config = require("./config");

const app = express();
app.use(bodyParser.urlencoded({ extended: false }));
app.use(bodyParser.json());

const webhook = twilio.webhook({ validate: process.env.NODE_ENV === "production", url: undefined });
app.use("/sms", webhook, require("./routes/sms"));
app.use("/voice", webhook, require("./routes/voice"));
app.use("/status", require("./routes/status"));
app.use("/taskrouter", require("./routes/taskrouter"));
app.use("/admin", require("./routes/admin"));

app.use((err, req, res, next) => {
  console.error(err);
  if (res.headersSent) return next(err);
  res.status(err.status === 404 ? 404 : 500).send({ error: err.message, code: err.code });
});

app.listen(config.port, () => console.log(`pharmacy bot on :${config.port}`));
