// Lints an OpenAPI document with Redocly's recommended rules (the rules of `redocly lint`), printing one line per
// problem: "<severity> <rule> <JSON pointer> <message>". Exit code 0 when there is none, 1 otherwise.
// info-license is off: the licence an operator gives their own API is theirs to state, not Portal's.
// no-server-example.com is off: the server address is the one the document was requested at (localhost in tests).
import { lint, createConfig } from '@redocly/openapi-core';

const [file] = process.argv.slice(2);
if (!file) {
  console.error('usage: node lint.mjs <openapi.json>');
  process.exit(2);
}

const config = await createConfig({ extends: ['recommended'], rules: { 'info-license': 'off', 'no-server-example.com': 'off' } });
const problems = await lint({ ref: file, config });
for (const problem of problems) {
  const where = problem.location?.[0]?.pointer ?? '';
  console.log(`${problem.severity} ${problem.ruleId} ${where} ${problem.message}`);
}

process.exit(problems.length === 0 ? 0 : 1);
