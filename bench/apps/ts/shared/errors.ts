// Twilio REST errors we handle on purpose, by their error codes.
export const TWILIO_ERRORS = {
  notFound: 20404,
  callNotInProgress: 21220,
  invalidToNumber: 21211,
  unsubscribedRecipient: 21610,
  conferenceParticipantNotFound: 20404,
  taskAlreadyCompleted: 20001,
  maxVerificationAttempts: 60202,
} as const;

interface RestErrorLike {
  status: number;
  code: number;
  moreInfo?: string;
}

export function isRestError(error: unknown): error is RestErrorLike {
  return typeof error === "object" && error !== null && "status" in error && "code" in error;
}

export function isNotFound(error: unknown): boolean {
  return isRestError(error) && error.status === 404;
}

/** Retries an idempotent Twilio request on 429 and 5xx with jittered backoff. */
export async function withRetry<T>(request: () => Promise<T>, attempts = 3): Promise<T> {
  let lastError: unknown;
  for (let attempt = 0; attempt < attempts; attempt++) {
    try {
      return await request();
    } catch (error) {
      lastError = error;
      if (!isRestError(error) || (error.status !== 429 && error.status < 500)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250 * 2 ** attempt + Math.random() * 100));
    }
  }
  throw lastError;
}
