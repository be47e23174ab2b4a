const test = require("node:test");
const assert = require("node:assert");
const { normalize, mask } = require("../src/lib/phone");

const STUB_REQUEST = {
  AccountSid: "AC123",
  MessageSid: "SMXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
  From: "+15005550006",
  Body: "REFILL",
};

test("normalizes US numbers", () => {
  assert.strictEqual(normalize("(500) 555-0006"), "+15005550006");
});

test("masks all but the last four digits", () => {
  assert.strictEqual(mask(STUB_REQUEST.From), "+•••••••0006");
});

test("stub request looks like Twilio's", () => {
  assert.match(STUB_REQUEST.MessageSid, /^SM/);
  assert.strictEqual(STUB_REQUEST.AccountSid.length, 5);
});
