import { describe, expect, it } from "vitest";
import { shellPairs, tomlPairs, yamlPairs, type Pair } from "../../src/sites/pairs.js";

/** Pairs as `name=value`. */
const show = (text: string, pairs: Pair[]) => pairs.map(({ name, start, end }) => `${name}=${text.slice(start, end)}`);

describe("named pairs in free text", () => {
  it("reads shell assignments and flags", () => {
    const text = `export TWILIO_ACCOUNT_SID=AC1\nTWILIO_API_KEY="SK1" # key\nFLOW='FW1'\ntwilio api:core:calls:fetch --call-sid CA1 --to=+1555 --from "+1666"\necho $X=1`;
    expect(show(text, shellPairs(text)).sort()).toEqual(["FLOW=FW1", "TWILIO_ACCOUNT_SID=AC1", "TWILIO_API_KEY=SK1", "call-sid=CA1", "from=+1666", "to=+1555"].sort());
  });

  it("reads YAML and TOML front matter lines", () => {
    const yaml = `account_sid: AC1\n- sid: "CA1" # call\nnested:\n  flow: FW1\nurl: https://x`;
    expect(show(yaml, yamlPairs(yaml))).toEqual(["account_sid=AC1", "sid=CA1", "flow=FW1", "url=https://x"]);
    const toml = `account_sid = "AC1"\nflow = 'FW1'\ncount = 3`;
    expect(show(toml, tomlPairs(toml))).toEqual(["account_sid=AC1", "flow=FW1"]);
  });
});
