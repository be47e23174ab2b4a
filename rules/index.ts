import sidMatchesResource from "./sid-matches-resource.js";
import sidPrefixMatchesName from "./sid-prefix-matches-name.js";
import validSid from "./valid-sid.js";

export const rules = {
  "sid-matches-resource": sidMatchesResource,
  "sid-prefix-matches-name": sidPrefixMatchesName,
  "valid-sid": validSid,
};
