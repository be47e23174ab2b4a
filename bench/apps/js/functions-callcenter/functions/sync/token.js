const { corsResponse } = require(Runtime.getFunctions()["utils/helpers"].path);

exports.handler = function (context, event, callback) {
  const { AccessToken } = Twilio.jwt;
  const token = new AccessToken(context.ACCOUNT_SID, context.API_KEY, context.API_SECRET, { identity: event.identity || "wallboard" });
  token.addGrant(new AccessToken.SyncGrant({ serviceSid: context.TWILIO_SYNC_SERVICE_SID }));
  callback(null, corsResponse({ token: token.toJwt() }));
};
