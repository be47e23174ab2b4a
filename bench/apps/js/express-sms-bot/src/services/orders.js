// Order data comes from the pharmacy system's export; kept in memory here.
const orders = new Map();
const notifications = [];

exports.latestFor = async function latestFor(phone) {
  return orders.get(phone) || null;
};

exports.save = async function save(phone, order) {
  orders.set(phone, order);
};

exports.recordNotification = async function recordNotification(sid, status, errorCode) {
  notifications.push({ sid, status, errorCode, at: new Date().toISOString() });
};

exports.notifications = () => notifications.slice();
