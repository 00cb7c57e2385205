import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';

/** A validator for the OASIS SARIF 2.1.0 schema, vendored in test/schemas/. */
export function sarifValidator() {
  const schema = JSON.parse(readFileSync(join(__dirname, '..', 'schemas', 'sarif-schema-2.1.0.json'), 'utf8'));
  // The official schema is draft-04 (`id`, not `$id`); Ajv 8 reads it as draft-07, which it is a subset of here.
  delete schema.$schema;
  schema.$id = schema.id;
  delete schema.id;
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  return ajv.compile(schema);
}
