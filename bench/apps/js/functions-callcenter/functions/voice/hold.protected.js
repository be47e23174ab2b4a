const { retry } = require(Runtime.getFunctions()["utils/helpers"].path);

exports.handler = async function (context, event, callback) {
  const client = context.getTwilioClient();
  const hold = event.hold === "true";
  try {
    const participant = await retry(() =>
      client.conferences(event.ConferenceSid).participants(event.CallSid).update({ hold, holdUrl: hold ? context.HOLD_MUSIC_URL : undefined }),
    );
    callback(null, { hold: participant.hold });
  } catch (error) {
    callback(error);
  }
};
