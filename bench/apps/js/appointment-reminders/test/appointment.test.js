const test = require("node:test");
const assert = require("node:assert");
const Appointment = require("../src/models/appointment");

test("finds upcoming appointments by phone", () => {
  new Appointment({ id: "a1", patientName: "Ana", phone: "+15005550006", startsAt: Date.now() + 86400000, clinic: "Northside" }).save();
  const [found] = Appointment.byPhone("+15005550006");
  assert.strictEqual(found.id, "a1");
  assert.deepStrictEqual(found.reminderMessageSids, []);
});

test("reminder sids are recorded in order", () => {
  const appointment = new Appointment({ id: "a2", patientName: "Bo", phone: "+15005550007", startsAt: Date.now() + 7200000, clinic: "Harbor Point" });
  appointment.reminderMessageSids.push("SM0d28279d83fd906527d5688d2862730d", "SM1bb9d9df4ce85799854b9c83e1292bd3");
  assert.strictEqual(appointment.reminderMessageSids.length, 2);
  assert.match(appointment.reminderMessageSids[1], /^SM[0-9a-f]{32}$/);
});
