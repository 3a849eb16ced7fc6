/**
 * `validateCard(card)`: every problem an Adaptive Card 1.5 has, as readable strings (empty when
 * valid). Two checks, as the schema README advises:
 * 1. the published 1.5 JSON schema (ajv, draft-06, formats; Teams' `msteams` allowed);
 * 2. Microsoft's renderer (`adaptivecards`), which parses the card and reports what the schema
 *    cannot see: duplicate ids, inputs without labels, unknown elements, too many actions.
 * Reusable by other tests: `import { validateCard } from './validate-card'`.
 */

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import Ajv from 'ajv';
import type { ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type * as AdaptiveCardsModule from 'adaptivecards';

const here = path.join(process.cwd(), 'test', 'cards');
const load = createRequire(path.join(process.cwd(), 'package.json'));

let schemaValidator: ValidateFunction | undefined;

function schemaValidate(): ValidateFunction {
  if (schemaValidator) return schemaValidator;
  const schema = JSON.parse(
    readFileSync(path.join(here, 'fixtures', 'adaptive-card-1.5.0.schema.json'), 'utf8'),
  ) as Record<string, unknown> & { definitions: Record<string, { properties: Record<string, unknown> }> };
  schema['$id'] = schema['id'];
  delete schema['id'];
  // Teams' extension on the card root (`msteams: { width: 'Full' }`).
  schema.definitions['AdaptiveCard']!.properties['msteams'] = {
    type: 'object',
    properties: { width: { enum: ['Full'] } },
    additionalProperties: false,
  };
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addMetaSchema(load('ajv/dist/refs/json-schema-draft-06.json') as object);
  addFormats(ajv);
  schemaValidator = ajv.compile(schema);
  return schemaValidator;
}

const AC = load('adaptivecards/dist/adaptivecards.min.js') as typeof AdaptiveCardsModule;

function rendererProblems(card: unknown): string[] {
  const parsed = new AC.AdaptiveCard();
  const context = new AC.SerializationContext();
  parsed.parse(card as object, context);
  const problems: string[] = [];
  for (let i = 0; i < context.eventCount; i++) problems.push(`renderer parse: ${context.getEventAt(i).message}`);
  for (const e of parsed.validateProperties().validationEvents) problems.push(`renderer: ${e.message}`);
  return problems;
}

/** Problems with `card` as Adaptive Card 1.5 for Teams; `[]` when it is valid. */
export function validateCard(card: unknown): string[] {
  const problems: string[] = [];
  const validate = schemaValidate();
  if (!validate(card)) {
    // anyOf failures in the schema are noisy; keep the most specific few.
    const errors = (validate.errors ?? []).filter((e) => e.keyword !== 'anyOf' && e.keyword !== 'if');
    for (const e of errors.slice(0, 10)) problems.push(`schema: ${e.instancePath || '/'} ${e.message ?? ''}`);
    if (problems.length === 0) problems.push('schema: invalid');
  }
  const root = card as { type?: unknown; version?: unknown };
  if (root?.type !== 'AdaptiveCard' || root.version !== '1.5') problems.push('root: not an AdaptiveCard 1.5');
  problems.push(...rendererProblems(card));
  return problems;
}
