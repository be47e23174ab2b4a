const { twilioExecute } = require(Runtime.getFunctions()["common/twilio-wrapper"].path);

exports.handler = async function (context, event, callback) {
  const service = (client) => client.sync.services(context.TWILIO_FLEX_SYNC_SID);
  const items = await twilioExecute(context, (client) => service(client).syncMaps("callbacks").syncMapItems.list({ limit: 500 }));
  let removed = 0;
  for (const item of items.data || []) {
    if (Date.now() - new Date(item.dateUpdated).getTime() > 7 * 86400000) {
      await twilioExecute(context, (client) => service(client).syncMaps("callbacks").syncMapItems(item.key).remove());
      removed++;
    }
  }
  callback(null, { removed });
};
