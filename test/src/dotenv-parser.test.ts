import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  cookValue,
  parseDotenv,
  valueSourceRange,
  type DotenvDocument,
  type DotenvNode,
  type DotenvVariable,
} from "../../src/dotenv-parser.js";

/** The variables of a file, in source order. */
function variables(text: string): DotenvVariable[] {
  return parseDotenv(text).body.filter((node) => node.type === "Variable");
}

/** The only variable of a file. */
function only(text: string): DotenvVariable {
  const found = variables(text);
  expect(found, text).toHaveLength(1);
  return found[0]!;
}

/** `[key, value]` of every variable. */
function pairs(text: string): [string, string][] {
  return variables(text).map((variable) => [variable.key.name, variable.value.value]);
}

/** The source text a node covers. */
function sourceOf(text: string, node: { range: readonly [number, number] }): string {
  return text.slice(...node.range);
}

/** Line and column of an offset, lines ending at CRLF, CR or LF; computed apart from the parser's own way. */
function positionOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split(/\r\n|[\r\n]/);
  // An offset between CR and LF never starts a node, so a trailing CR before it cannot mislead the split.
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

describe("parseDotenv: the tree", () => {
  it("gives every node its type, range and location", () => {
    const text = "# Twilio\nexport TWILIO_ACCOUNT_SID='AC123' # test account\nbroken line\n";
    const ast: DotenvDocument = parseDotenv(text);
    expect(ast).toEqual({
      type: "Dotenv",
      body: [
        {
          type: "Variable",
          exported: true,
          key: {
            type: "Key",
            name: "TWILIO_ACCOUNT_SID",
            range: [16, 34],
            loc: { start: { line: 2, column: 8 }, end: { line: 2, column: 26 } },
          },
          value: {
            type: "Value",
            value: "AC123",
            raw: "'AC123'",
            quote: "'",
            range: [35, 42],
            loc: { start: { line: 2, column: 27 }, end: { line: 2, column: 34 } },
          },
          range: [9, 42],
          loc: { start: { line: 2, column: 1 }, end: { line: 2, column: 34 } },
        },
        {
          type: "Unparsed",
          text: "broken line",
          range: [58, 69],
          loc: { start: { line: 3, column: 1 }, end: { line: 3, column: 12 } },
        },
      ],
      comments: [
        { type: "Comment", value: " Twilio", range: [0, 8], loc: { start: { line: 1, column: 1 }, end: { line: 1, column: 9 } } },
        {
          type: "Comment",
          value: " test account",
          range: [43, 57],
          loc: { start: { line: 2, column: 35 }, end: { line: 2, column: 49 } },
        },
      ],
      range: [0, 70],
      loc: { start: { line: 1, column: 1 }, end: { line: 4, column: 1 } },
    });
  });

  it("keeps every occurrence of a key, in order", () => {
    expect(pairs("A=1\nB=2\nA=3")).toEqual([
      ["A", "1"],
      ["B", "2"],
      ["A", "3"],
    ]);
  });

  it("is empty for an empty file, blank lines and comments only", () => {
    for (const text of ["", "\n\n", "  \t\r\n", "# a\n  # b\n#"]) {
      expect(parseDotenv(text).body, JSON.stringify(text)).toEqual([]);
    }
    expect(parseDotenv("# a\n  # b\n#").comments.map((comment) => comment.value)).toEqual([" a", " b", ""]);
  });
});

describe("parseDotenv: what dotenv accepts", () => {
  it("reads `KEY=value` with spaces around `=`, the `export ` prefix, dots and dashes in keys", () => {
    expect(pairs("A=1\nB = 2\n  C\t=\t3  \nexport D=4\nexport  E = 5\nF.G-H_9=6")).toEqual([
      ["A", "1"],
      ["B", "2"],
      ["C", "3"],
      ["D", "4"],
      ["E", "5"],
      ["F.G-H_9", "6"],
    ]);
    expect(variables("export D=4\nD=4").map((variable) => variable.exported)).toEqual([true, false]);
  });

  it("reads `KEY: value`, with whitespace after the colon only", () => {
    expect(pairs("A: 1\nB:\t2\nC:3\nD : 4")).toEqual([
      ["A", "1"],
      ["B", "2"],
    ]);
  });

  it("strips single, double and backtick quotes and keeps what is inside as is", () => {
    expect(pairs(`A='a "b" c'\nB="a 'b' c"\nC=\`a 'b' "c"\`\nD=' padded '\nE=''`)).toEqual([
      ["A", 'a "b" c'],
      ["B", "a 'b' c"],
      ["C", `a 'b' "c"`],
      ["D", " padded "],
      ["E", ""],
    ]);
  });

  it("reads `\\n` and `\\r` as line breaks in double quotes only, and no other escape", () => {
    expect(pairs(String.raw`A="a\nb\rc\td\\e"` + "\n" + String.raw`B='a\nb'` + "\nC=`a\\nb`")).toEqual([
      ["A", "a\nb\rc\\td\\\\e"],
      ["B", String.raw`a\nb`],
      ["C", String.raw`a\nb`],
    ]);
  });

  it("reads quoted values over several lines, CRLF read as LF", () => {
    expect(pairs('A="one\ntwo"\nB=\'x\r\ny\'\nC=`p\nq`\nD=1')).toEqual([
      ["A", "one\ntwo"],
      ["B", "x\ny"],
      ["C", "p\nq"],
      ["D", "1"],
    ]);
  });

  it("ends an unquoted value at any `#` and trims it; quoted values keep their `#`", () => {
    expect(pairs("A=value # comment\nB=https://example.com/#fragment\nC='a # b' # c\nD=  spaced out  \nE=#")).toEqual([
      ["A", "value"],
      ["B", "https://example.com/"],
      ["C", "a # b"],
      ["D", "spaced out"],
      ["E", ""],
    ]);
  });

  it("closes a quote only where nothing but a comment follows it", () => {
    expect(pairs(`A='a' b\nB="a" # c\nC='it\\'s'\nD='a\\'b' c`)).toEqual([
      ["A", "'a' b"],
      ["B", "a"],
      ["C", String.raw`it\'s`],
      ["D", String.raw`'a\'b' c`],
    ]);
  });

  it("reads an unterminated quote as the rest of its line", () => {
    expect(pairs(`A="unterminated\nB='x\nC=3`)).toEqual([
      ["A", '"unterminated'],
      ["B", "'x"],
      ["C", "3"],
    ]);
  });

  it("treats the byte order mark and Unicode spaces as whitespace", () => {
    expect(pairs("\uFEFFA=1\n\u00A0B=\u30002\u3000")).toEqual([
      ["A", "1"],
      ["B", "2"],
    ]);
  });

  it("reads CR, CRLF and LF line breaks alike", () => {
    expect(pairs("A=1\rB=2\r\nC=3\nD=4")).toEqual([
      ["A", "1"],
      ["B", "2"],
      ["C", "3"],
      ["D", "4"],
    ]);
  });

  it("skips lines it cannot read, as Unparsed nodes, and goes on", () => {
    const ast = parseDotenv("export A\nA B=1\n=1\n'x'=1\n-x- y\nOK=1\n");
    expect(ast.body.map((node) => (node.type === "Unparsed" ? node.text : node.type))).toEqual([
      "export A",
      "A B=1",
      "=1",
      "'x'=1",
      "-x- y",
      "Variable",
    ]);
  });
});

describe("parseDotenv: dotenv's surprises, kept", () => {
  it("takes a quoted value from the line after `=`", () => {
    expect(pairs("A=\n'quoted'\nB=\nunquoted")).toEqual([
      ["A", "quoted"],
      ["B", ""],
    ]);
  });

  it("takes the next line as the value of `KEY:` with nothing after the colon", () => {
    expect(pairs("A:\nB=1")).toEqual([["A", "B=1"]]);
    expect(pairs("A:\n\nB=1")).toEqual([
      ["A", ""],
      ["B", "1"],
    ]);
  });

  it("finds `=` on the line after the key, and the key on the line after `export`", () => {
    expect(pairs("A\n=1\nexport\nB=2")).toEqual([
      ["A", "1"],
      ["B", "2"],
    ]);
  });

  it("reads a key named `export`", () => {
    expect(pairs("export=1\nexport =2")).toEqual([
      ["export", "1"],
      ["export", "2"],
    ]);
  });

  it("reads `\\n` escapes in an unterminated double-quoted value", () => {
    expect(pairs(String.raw`A="a\nb`)).toEqual([["A", '"a\nb']]);
  });

  it("strips the outer quotes of an unquoted value that starts and ends with the same quote", () => {
    const variable = only(`A='a' 'b'`);
    expect(variable.value).toMatchObject({ value: "a' 'b", raw: "'a' 'b'", quote: "'" });
  });

  it("ends a comment at U+2028 and U+2029, as regular expressions end lines, but not an unquoted value", () => {
    expect(pairs("# comment\u2028A=1\u2029B=2\nC=x\u2028D=y")).toEqual([
      ["A", "1\u2029B=2"],
      ["C", "x\u2028D=y"],
    ]);
  });
});

describe("parseDotenv: positions", () => {
  it("places keys, values and comments exactly", () => {
    const text = "  export   KEY  =  'a b'   # note\r\nK2:\tplain text  #x\r\n";
    const [first, second] = variables(text);
    expect(sourceOf(text, first!)).toBe("export   KEY  =  'a b'");
    expect(sourceOf(text, first!.key)).toBe("KEY");
    expect(sourceOf(text, first!.value)).toBe("'a b'");
    expect(sourceOf(text, second!.value)).toBe("plain text");
    expect(second!.value.loc).toEqual({ start: { line: 2, column: 5 }, end: { line: 2, column: 15 } });
    expect(parseDotenv(text).comments.map((comment) => sourceOf(text, comment))).toEqual(["# note", "#x"]);
  });

  it("places an empty value right after `=` or `:`", () => {
    const text = "A=\nB:  # c\nC=   ";
    expect(variables(text).map((variable) => variable.value.range)).toEqual([
      [2, 2],
      [5, 5],
      [13, 13],
    ]);
    expect(variables(text).map((variable) => sourceOf(text, variable))).toEqual(["A=", "B:", "C="]);
  });

  it("spans a multi-line value over its lines", () => {
    const value = only('A="one\r\ntwo"').value;
    expect(value.loc).toEqual({ start: { line: 1, column: 3 }, end: { line: 2, column: 5 } });
    expect(value.raw).toBe('"one\r\ntwo"');
  });

  it("maps value offsets to the source through quotes, escapes and CRLF", () => {
    const text = 'KEY="AC\\nSM\r\nCA"';
    const value = only(text).value;
    expect(value.value).toBe("AC\nSM\nCA");
    const at = (start: number, end: number) => text.slice(...valueSourceRange(value, start, end));
    expect(at(0, 2)).toBe("AC");
    expect(at(2, 3)).toBe("\\n");
    expect(at(3, 5)).toBe("SM");
    expect(at(5, 6)).toBe("\r\n");
    expect(at(6, 8)).toBe("CA");
    expect(at(0, 8)).toBe('AC\\nSM\r\nCA');
    expect(valueSourceRange(value, 3, 3)).toEqual([9, 9]);
    expect(valueSourceRange(value, 8, 8)).toEqual([text.length - 1, text.length - 1]);
  });

  it("maps the offsets of an unquoted value and of an empty one", () => {
    const text = "A=  x y  \nB=''\nC=";
    const [a, b, c] = variables(text);
    expect(text.slice(...valueSourceRange(a!.value, 2, 3))).toBe("y");
    expect(valueSourceRange(b!.value, 0, 0)).toEqual([13, 13]);
    expect(valueSourceRange(c!.value, 0, 0)).toEqual([17, 17]);
  });

  it("refuses offsets outside the value", () => {
    const value = only("A=abc").value;
    for (const [start, end] of [
      [-1, 1],
      [0, 4],
      [2, 1],
      [0.5, 1],
    ] as const) {
      expect(() => valueSourceRange(value, start, end), `${start}, ${end}`).toThrow(RangeError);
    }
  });
});

/** Text made of the pieces dotenv's grammar turns on, so that random files hit its corners. */
const envText = fc
  .array(
    fc.constantFrom(
      ..."AB:=#'\"`\\ \t\n\r.-nx",
      "\r\n",
      "export ",
      "KEY=",
      "\\n",
      "\\'",
      '\\"',
      "\u2028",
      "\uFEFF",
      "\u00A0",
      "# c\n",
      "AC0123456789abcdef0123456789abcdef",
    ),
    { maxLength: 60 },
  )
  .map((pieces) => pieces.join(""));

/** Every node of a tree, comments included. */
function allNodes(ast: DotenvDocument): (DotenvNode | DotenvDocument["comments"][number])[] {
  return [
    ast,
    ...ast.comments,
    ...ast.body.flatMap((node): DotenvNode[] => (node.type === "Variable" ? [node, node.key, node.value] : [node])),
  ];
}

describe("parseDotenv on any text", () => {
  it("never throws, and every node's range, location and text agree with the source", () => {
    fc.assert(
      fc.property(fc.oneof(envText, fc.string({ unit: "binary", maxLength: 100 })), (text) => {
        const ast = parseDotenv(text);
        expect(ast.range).toEqual([0, text.length]);
        for (const node of allNodes(ast)) {
          const [start, end] = node.range;
          expect(0 <= start && start <= end && end <= text.length).toBe(true);
          expect(node.loc).toEqual({ start: positionOf(text, start), end: positionOf(text, end) });
          if (node.type === "Key") expect(sourceOf(text, node)).toBe(node.name);
          if (node.type === "Value") expect(sourceOf(text, node)).toBe(node.raw);
          if (node.type === "Unparsed") expect(sourceOf(text, node)).toBe(node.text);
          if (node.type === "Comment") expect(sourceOf(text, node)).toBe(`#${node.value}`);
        }
        const spans = [...ast.body, ...ast.comments].map((node) => node.range).sort((a, b) => a[0] - b[0]);
        for (let index = 1; index < spans.length; index++) expect(spans[index]![0]).toBeGreaterThanOrEqual(spans[index - 1]![1]);
      }),
      { numRuns: 2000 },
    );
  });

  it("maps each character of a value to the source text it was read from", () => {
    const read: Record<string, string[]> = { "\n": ["\n", "\r\n", "\r", "\\n"], "\r": ["\\r"] };
    fc.assert(
      fc.property(envText, (text) => {
        for (const { value } of variables(text)) {
          expect(cookValue(value.raw).value).toBe(value.value);
          let previousEnd = value.range[0];
          for (let index = 0; index < value.value.length; index++) {
            const char = value.value[index]!;
            const [start, end] = valueSourceRange(value, index, index + 1);
            expect(start).toBeGreaterThanOrEqual(previousEnd);
            expect(read[char] ?? [char]).toContain(text.slice(start, end));
            previousEnd = end;
          }
          expect(previousEnd).toBeLessThanOrEqual(value.range[1]);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
