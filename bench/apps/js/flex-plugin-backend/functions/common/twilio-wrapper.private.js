// Retries TaskRouter and REST requests that hit the concurrency limit (HTTP 429) with exponential backoff.
const retryHandler = async (error, attempt, maxAttempts, operation) => {
  if (error.status === 429 && attempt < maxAttempts) {
    await new Promise((resolve) => setTimeout(resolve, Math.min(2 ** attempt * 100, 3000)));
    return operation(attempt + 1);
  }
  throw error;
};

/** twilioExecute(context, (client) => client.calls(callSid).fetch()) */
exports.twilioExecute = async (context, request, maxAttempts = 5) => {
  const client = context.getTwilioClient();
  const operation = async (attempt) => {
    try {
      return { success: true, data: await request(client) };
    } catch (error) {
      return retryHandler(error, attempt, maxAttempts, operation).catch((finalError) => ({ success: false, status: finalError.status, message: finalError.message }));
    }
  };
  return operation(1);
};
