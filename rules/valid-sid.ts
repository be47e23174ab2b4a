import { createRule } from "../src/create-rule.js";

// Placeholder until the rule's issue lands: reports nothing.
export default createRule({
  name: "valid-sid",
  meta: {
    type: "problem",
    docs: { description: "Report malformed Twilio SIDs: wrong length, non-hex characters, stray whitespace.", recommended: true },
    messages: { placeholder: "Not implemented." },
    schema: [],
  },
  defaultOptions: [],
  create() {
    return {};
  },
});
