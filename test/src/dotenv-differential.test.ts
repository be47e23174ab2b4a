// The parser against the `dotenv` package itself: for every text, the variables it reads are what
// `dotenv.parse()` returns.
import dotenv from "dotenv";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseDotenv } from "../../src/dotenv-parser.js";

/**
 * The last value of each key, as `dotenv.parse()` keeps them. dotenv assigns into a plain object, where
 * `__proto__ = "string"` is a no-op: that key never comes out of it.
 */
function ours(text: string): Record<string, string> {
  const values = new Map<string, string>();
  for (const node of parseDotenv(text).body) if (node.type === "Variable") values.set(node.key.name, node.value.value);
  values.delete("__proto__");
  return Object.fromEntries(values);
}

function theirs(text: string): Record<string, string> {
  return { ...dotenv.parse(text) };
}

const CORNERS = [
  // Layout and separators.
  "A=1\nB=2",
  "  A  =  1  \n\tB\t=\t2\t",
  "export A=1\nexport\tB = 2\nexport  C=3",
  "export A\nexport\nB=2\nexport=1\nexport =2\nexportA=3",
  "A: 1\nB:\t2\nC:3\nD :4\nE:\n\nF: \nG=1",
  "A:\nB=1",
  "A\n=1",
  "A\n\n  =1",
  "A=\nB=2",
  "A=\n'quoted'\nB=\n\n\"two lines down\"",
  "A.B-C_d=1\n1=one\n-=dash\n.=dot",
  "A B=1\n=1\n'A'=1\nA=1=2\nA==1",
  "__proto__=x\nconstructor=y\ntoString=z\nhasOwnProperty=w",
  "A=1\nA=2\nB=3\nA=4",
  // Quotes.
  "A='single'\nB=\"double\"\nC=`backtick`",
  "A=''\nB=\"\"\nC=``",
  "A='a \"b\" `c`'\nB=\"a 'b' `c`\"\nC=`a 'b' \"c\"`",
  "A=' padded '\nB=\" padded \"\nC=   'outer space'   ",
  "A='a' b\nB='a' # c\nC='a'#c\nD='a'   \nE='a''b'",
  "A='it\\'s'\nB=\"say \\\"hi\\\"\"\nC=`tick\\``",
  "A='a\\'b' c\nB='y'",
  "A='\\'\nB=\"\\\"\nC='\\\\'",
  "A='a\\'b\\'c' x\nB='a\\'b\\'c'",
  "A='a' 'b'\nB=\"a\" \"b\"\nC='a\" ",
  // Multi-line values.
  'A="line one\nline two"\nB=1',
  "A='line one\nline two'\nB=`x\ny`",
  'A="one\r\ntwo"\r\nB="three\rfour"',
  'A="a\n#not a comment\nb"',
  'A="no end\nB=2\nC="x"',
  "A='no end\nB=2",
  'A="a\nB="b"',
  // Escapes.
  'A="a\\nb\\rc\\td"\nB=\'a\\nb\'\nC=`a\\nb`\nD=a\\nb',
  'A="a\\\\nb"\nB="\\\\\\n"',
  'A="unterminated\\n\nB=1',
  'A=\\"x\\n"',
  // Comments.
  "# comment\nA=1 # inline\nB=a#b\nC=http://x/#frag\n  # indented\nD=#",
  "#A=1\n # B=2\nC=3 #D=4",
  "A=1 # eslint-disable-line\n# eslint-disable-next-line\nB=2",
  "# only\n# comments\n",
  // Line breaks, BOM, odd whitespace.
  "A=1\r\nB=2\r\n",
  "A=1\rB=2\rC=3",
  "\uFEFFA=1\nB=2",
  "A=1\n\uFEFFB=2",
  "\u00A0A=\u30001\u3000\nB=\u2003two\u2003",
  "# c\u2028A=1\nB=x\u2028C=y\nD='x'\u2028E=z",
  "A='a'\u2028'b'\nB=x\u2029'y'\nC='p'\u2028\"q\"",
  "A=\u2028B=1\nC:\u2028D=2",
  "A=1\u0000B=2\nC=\u0000",
  "",
  "\n\n\n",
  "=",
  "A",
  "'",
  "A='",
  'A="',
  "A=`",
];

/** Text made of the pieces dotenv's grammar turns on, so that random files hit its corners. */
const envText = fc
  .array(
    fc.constantFrom(
      ..."AB:=#'\"`\\ \t\n\r.-nr",
      "\r\n",
      "export",
      "export ",
      "KEY=",
      "='",
      '="',
      "=`",
      " #",
      "\\n",
      "\\'",
      '\\"',
      "\\`",
      "\u2028",
      "\u2029",
      "\uFEFF",
      "\u00A0",
      "x y",
      "__proto__",
    ),
    { maxLength: 80 },
  )
  .map((pieces) => pieces.join(""));

/** Lines a person writes in a `.env` file, with mistakes. */
const envLine = fc.oneof(
  fc
    .tuple(
      fc.constantFrom("", "export ", "  "),
      fc.constantFrom("TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN", "A", "db.url", "x-y"),
      fc.constantFrom("=", " = ", ": ", ":", " "),
      fc.constantFrom("", "'", '"', "`"),
      fc.string({ unit: fc.constantFrom(..."aC0 #'\"`\\n\t="), maxLength: 20 }),
      fc.constantFrom("", "'", '"', "`"),
      fc.constantFrom("", " # note", "#x", "  "),
    )
    .map((parts) => parts.join("")),
  fc.constantFrom("", "# comment", "   ", "not a variable"),
);
const envFile = fc
  .tuple(fc.array(envLine, { maxLength: 12 }), fc.constantFrom("\n", "\r\n", "\r"))
  .map(([lines, newline]) => lines.join(newline));

describe("parseDotenv against dotenv.parse()", () => {
  it.each(CORNERS.map((text) => [JSON.stringify(text), text]))("%s", (_, text) => {
    expect(ours(text)).toEqual(theirs(text));
  });

  it("agrees on random text made of dotenv's syntax", () => {
    fc.assert(
      fc.property(envText, (text) => {
        expect(ours(text)).toEqual(theirs(text));
      }),
      { numRuns: 5000 },
    );
  });

  it("agrees on random files of plausible lines", () => {
    fc.assert(
      fc.property(envFile, (text) => {
        expect(ours(text)).toEqual(theirs(text));
      }),
      { numRuns: 3000 },
    );
  });

  it("agrees on arbitrary text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (text) => {
        expect(ours(text)).toEqual(theirs(text));
      }),
      { numRuns: 2000 },
    );
  });
});
