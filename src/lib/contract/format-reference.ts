// The contract format reference, derived from the JSON Schema (itself generated from the zod schema), so
// the docs page lists exactly the fields the validator accepts, with the same descriptions.
import { contractJsonSchema } from './json-schema.ts';

type Json = Record<string, unknown>;

interface ReferenceField {
  name: string;
  required: boolean;
  /** A short human description of the accepted values: "one of go, rust", "list of function name"... */
  accepts: string;
  description: string;
}

interface ReferenceSection {
  /** Anchor on the page. */
  id: string;
  /** Where the object sits in a contract, like `functions.<name>.params.<name>`. */
  where: string;
  title: string;
  description: string;
  fields: ReferenceField[];
}

const obj = (v: unknown): Json => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : {});

function describeAccepts(schema: Json): string {
  if (Array.isArray(schema['enum'])) return `one of ${schema['enum'].map(String).join(', ')}`;
  if (schema['const'] !== undefined) return `exactly ${JSON.stringify(schema['const'])}`;
  const title = typeof schema['title'] === 'string' ? schema['title'].toLowerCase() : undefined;
  switch (schema['type']) {
    case 'array': return `list of ${describeAccepts(obj(schema['items']))}`;
    case 'boolean': return 'true or false';
    case 'integer': {
      const min = schema['minimum'];
      const max = schema['maximum'];
      return min !== undefined && max !== undefined ? `integer ${String(min)}..${String(max)}` : 'integer';
    }
    case 'number': return 'number';
    case 'object': {
      if (schema['properties'] !== undefined) return title ?? 'map';
      const key = obj(schema['propertyNames']);
      const value = obj(schema['additionalProperties']);
      const keyTitle = typeof key['title'] === 'string' ? key['title'].toLowerCase() : 'name';
      const valueText = typeof value['title'] === 'string' && value['type'] === 'object' ? value['title'].toLowerCase() : describeAccepts(value);
      return `map of ${keyTitle} to ${valueText}`;
    }
    case 'string': return title !== undefined ? `string (${title})` : 'string';
    default:
      if (Array.isArray(schema['oneOf'])) return title ?? 'one of several forms';
      return 'any';
  }
}

function section(id: string, where: string, schema: Json): ReferenceSection {
  const required = new Set(Array.isArray(schema['required']) ? (schema['required'] as string[]) : []);
  const fields = Object.entries(obj(schema['properties'])).map(([name, raw]): ReferenceField => {
    const field = obj(raw);
    return { name, required: required.has(name), accepts: describeAccepts(field), description: String(field['description'] ?? '') };
  });
  return { id, where, title: String(schema['title'] ?? id), description: String(schema['description'] ?? ''), fields };
}

export function formatReference(): ReferenceSection[] {
  const root = contractJsonSchema();
  const props = obj(root['properties']);
  const types = obj(obj(props['types'])['additionalProperties']);
  const kinds = (Array.isArray(types['oneOf']) ? types['oneOf'] : []).map(obj);
  const fn = obj(obj(props['functions'])['additionalProperties']);
  const fnProps = obj(fn['properties']);
  const sections: ReferenceSection[] = [
    section('contract', '(top level)', root),
    section('library', 'library', obj(props['library'])),
  ];
  for (const kind of kinds) {
    const name = String(obj(obj(kind['properties'])['kind'])['const']);
    sections.push(section(`type-${name}`, `types.<name> with kind: ${name}`, kind));
    if (name === 'struct') sections.push(section('struct-field', 'types.<name>.fields[]', obj(obj(obj(kind['properties'])['fields'])['items'])));
  }
  sections.push(
    section('function', 'functions.<name>', fn),
    section('parameter', 'functions.<name>.params.<name>', obj(obj(fnProps['params'])['additionalProperties'])),
    section('return-value', 'functions.<name>.returns', obj(fnProps['returns'])),
    section('cancellable', 'functions.<name>.cancellable', obj(fnProps['cancellable'])),
    section('error', 'errors.<code>', obj(obj(props['errors'])['additionalProperties'])),
  );
  return sections;
}
