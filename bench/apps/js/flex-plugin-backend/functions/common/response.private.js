exports.prepareFlexFunction = (requiredParameters, handlerFn) => {
  const TokenValidator = require("twilio-flex-token-validator").functionValidator;
  return TokenValidator(async (context, event, callback) => {
    const response = new Twilio.Response();
    response.appendHeader("Access-Control-Allow-Origin", "*");
    response.appendHeader("Content-Type", "application/json");
    const missing = requiredParameters.filter((parameter) => event[parameter.key] === undefined);
    if (missing.length) {
      response.setStatusCode(400);
      response.setBody({ message: `missing ${missing.map((parameter) => parameter.purpose).join(", ")}` });
      return callback(null, response);
    }
    return handlerFn(context, event, callback, response, (error) => {
      response.setStatusCode(error.status || 500);
      response.setBody({ success: false, message: error.message });
      callback(null, response);
    });
  });
};
