import express from "express";
import { errorHandler } from "./middleware/error-handler";
import { requestLogger } from "./middleware/request-logger";
import { routes } from "./routes";

export function createApp() {
  const app = express();
  app.set("trust proxy", true);
  app.use(express.urlencoded({ extended: false }));
  app.use(express.json());
  app.use(requestLogger);
  app.use(routes);
  app.use(errorHandler);
  return app;
}
