exports.handler = async function (context, event, callback) {
  const client = context.getTwilioClient();
  const syncService = client.sync.services(context.TWILIO_SYNC_SERVICE_SID);
  if (event.CallStatus === "completed") {
    // The wallboard keeps one document per live call, named by CallSid.
    try {
      await syncService.documents(event.CallSid).remove();
    } catch (e) {
      // already gone
    }
  }
  callback(null, {});
};
