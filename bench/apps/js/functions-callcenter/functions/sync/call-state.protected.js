exports.handler = async function (context, event, callback) {
  const documents = context.getTwilioClient().sync.v1.services(context.TWILIO_SYNC_SERVICE_SID).documents;
  const data = { status: event.CallStatus, from: event.From, updated: Date.now() };
  try {
    await documents(event.CallSid).update({ data });
  } catch (error) {
    await documents.create({ uniqueName: event.CallSid, data, ttl: 7200 });
  }
  callback(null, {});
};
