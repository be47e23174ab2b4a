import "@twilio-labs/serverless-runtime-types";

/** A JSON response with CORS headers for the Flex and portal front ends. */
export function jsonResponse(body: unknown, status = 200): Twilio.Response {
  const response = new Twilio.Response();
  response.appendHeader("Access-Control-Allow-Origin", "*");
  response.appendHeader("Access-Control-Allow-Methods", "OPTIONS, POST, GET");
  response.appendHeader("Access-Control-Allow-Headers", "Content-Type");
  response.appendHeader("Content-Type", "application/json");
  response.setStatusCode(status);
  response.setBody(body);
  return response;
}

export function errorResponse(error: unknown): Twilio.Response {
  const status = (error as { status?: number }).status ?? 500;
  return jsonResponse({ error: error instanceof Error ? error.message : String(error) }, status);
}
