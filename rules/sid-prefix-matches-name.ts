import { createRule } from "../src/create-rule.js";

// Placeholder until the rule's issue lands: reports nothing.
export default createRule({
  name: "sid-prefix-matches-name",
  meta: {
    type: "problem",
    docs: { description: "Require a SID's prefix to fit the name it is bound to.", recommended: true },
    messages: { placeholder: "Not implemented." },
    schema: [],
  },
  defaultOptions: [],
  create() {
    return {};
  },
});
