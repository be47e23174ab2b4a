import "@twilio-labs/serverless-runtime-types";

export function ok(body: unknown): Twilio.Response {
  const response = new Twilio.Response();
  response.appendHeader("Access-Control-Allow-Origin", "*");
  response.appendHeader("Access-Control-Allow-Headers", "Content-Type");
  response.appendHeader("Content-Type", "application/json");
  response.setBody(body);
  return response;
}

export function fail(error: unknown, status = 500): Twilio.Response {
  const response = ok({ error: error instanceof Error ? error.message : String(error) });
  response.setStatusCode((error as { status?: number }).status ?? status);
  return response;
}
