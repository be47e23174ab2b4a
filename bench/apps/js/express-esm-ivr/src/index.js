import express from "express";
import { voice } from "./routes/voice.js";
import { conference } from "./routes/conference.js";
import { recordings } from "./routes/recordings.js";
import { lab } from "./routes/lab.js";

const app = express();
app.use(express.urlencoded({ extended: false }));
app.use("/voice", voice);
app.use("/conference", conference);
app.use("/recordings", recordings);
app.use("/lab", lab);
app.listen(process.env.PORT ?? 3002);
