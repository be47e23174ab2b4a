import { createRule } from "../src/create-rule.js";

// Placeholder until the rule's issue lands: reports nothing.
export default createRule({
  name: "sid-matches-resource",
  meta: {
    type: "problem",
    docs: { description: "Require SIDs passed to the Twilio client to fit the resource they address.", recommended: true },
    messages: { placeholder: "Not implemented." },
    schema: [],
  },
  defaultOptions: [],
  create() {
    return {};
  },
});
