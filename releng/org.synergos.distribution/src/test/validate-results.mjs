// Validates results/*.json files against the published JSON Schema (docs/schema/) with Ajv, the workbench
// client's pinned copy (its node_modules, installed by the build's npm ci).
//   node validate-results.mjs CLIENT_DIR SCHEMA.json FILE.json...
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";

const [clientDir, schemaFile, ...files] = process.argv.slice(2);
const require = createRequire(join(resolve(clientDir), "package.json"));
const Ajv2020 = require("ajv/dist/2020.js").default;
// strict, except that a cell may be a number, a string or null (a union type is standard JSON Schema)
const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
const validate = ajv.compile(JSON.parse(readFileSync(schemaFile, "utf8")));
let invalid = 0;
for (const file of files) {
  if (!validate(JSON.parse(readFileSync(file, "utf8")))) {
    invalid++;
    console.log(`${file}: ${ajv.errorsText(validate.errors, { separator: "; " })}`);
  }
}
console.log(`${files.length - invalid} of ${files.length} results valid against ${schemaFile}`);
process.exit(invalid === 0 && files.length > 0 ? 0 : 1);
