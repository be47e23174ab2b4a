/** Shared helpers; other Functions load them with require(Runtime.getFunctions()["utils/helpers"].path). */
const RETRY_STATUS = [429, 500, 503];

async function retry(operation, attempts = 3) {
  let lastError;
  for (let attempt = 0; attempt < attempts; attempt++) {
    try {
      return await operation();
    } catch (error) {
      lastError = error;
      if (!RETRY_STATUS.includes(error.status)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200 * 2 ** attempt));
    }
  }
  throw lastError;
}

function corsResponse(body, status = 200) {
  const response = new Twilio.Response();
  response.appendHeader("Access-Control-Allow-Origin", "*");
  response.appendHeader("Content-Type", "application/json");
  response.setStatusCode(status);
  response.setBody(body);
  return response;
}

function parseAttributes(raw) {
  try {
    return JSON.parse(raw || "{}");
  } catch (e) {
    return {};
  }
}

module.exports = { retry, corsResponse, parseAttributes };
