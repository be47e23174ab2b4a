const test = require("node:test");
const assert = require("node:assert");

const READY_MESSAGE_SID = "SM975f41758d54d84e9db042ad986a43aa";
const PLACED_CALL_SID = "CAce513c6cb467a555a7dad6d912bece1b";

test("only unread reminders lead to a call", async () => {
  const fetched = [];
  const fakeClient = {
    messages: (sid) => ({ fetch: async () => (fetched.push(sid), { sid, status: "delivered" }) }),
    calls: Object.assign(() => ({}), { create: async () => ({ sid: PLACED_CALL_SID }) }),
  };
  const message = await fakeClient.messages(READY_MESSAGE_SID).fetch();
  const call = message.status === "read" ? null : await fakeClient.calls.create({ to: "+15005550006" });
  assert.deepStrictEqual(fetched, [READY_MESSAGE_SID]);
  assert.strictEqual(call.sid, PLACED_CALL_SID);
});
