// The IVR hands the caller back to the survey flow after the agent hangs up.
exports.handler = async function (context, event, callback) {
  const client = context.getTwilioClient();
  const flow = client.studio.v2.flows(context.STUDIO_FLOW_SID);
  const execution = await flow.executions(event.CallSid).fetch().catch(() => null); // expect-sid: sid-matches-resource
  if (!execution) {
    await flow.executions.create({ to: event.From, from: event.To, parameters: { call_sid: event.CallSid } });
  }
  callback(null, {});
};
