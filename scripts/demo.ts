// `npm run demo`: lints examples/ with the built plugin and prints ESLint's report, then checks each marked mistake.
import { ESLint } from "eslint";
import { fileURLToPath } from "node:url";
import { expectedMistakes, lintExamples } from "./examples.js";

const results = await lintExamples();
const formatter = await new ESLint().loadFormatter("stylish");
console.log(await formatter.format(results));

const found = new Set(
  results.flatMap((result) => result.messages.map((message) => `${result.filePath}:${message.line}:${message.ruleId}`)),
);
const missed = expectedMistakes().filter((mistake) => !found.has(`${mistake.filePath}:${mistake.line}:${mistake.ruleId}`));
const total = expectedMistakes().length;
console.log(`The plugin caught ${total - missed.length} of the ${total} deliberate mistakes in examples/.`);
for (const mistake of missed) {
  console.log(`  missed: ${fileURLToPath(new URL(`file://${mistake.filePath}`))}:${mistake.line} (${mistake.ruleId})`);
}
process.exitCode = missed.length === 0 ? 0 : 1;
