exports.handler = async function (context, event, callback) {
  if (event.MessageStatus === "failed" || event.MessageStatus === "undelivered") {
    const client = context.getTwilioClient();
    const message = await client.messages(event.MessageSid).fetch();
    console.error(`message ${message.sid} to ${message.to} ${message.status}: ${message.errorCode}`);
    await client.messages(event.MessageSid).update({ body: "" });
  }
  callback(null, {});
};
