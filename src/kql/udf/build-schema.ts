/**
 * buildschema() (buildschema-aggregation-function.md): "the minimal schema that admits all values"
 * of a dynamic column. The page's schema model:
 *   Container ::= '{' Named-type* '}'; Named-type ::= (name | '"`indexer`"') ':' Type;
 *   Type ::= Primitive-type | Union-type | Container; Union-type ::= '[' Type* ']'
 * An object is a container of its properties, an array a container whose `indexer` is the union
 * of its elements' types; several types at one place form a union (["long","string"]), one type
 * stays bare. Containers at one place merge (an object and an array merge into one container,
 * as the model has only one container kind). Order is first appearance, as on the page
 * (x: 1 then "somevalue" → ["long","string"]; y: 3.5 then {"w":…} → ["double",{"w":"string"}]).
 *
 * Types are read from the JSON text, which keeps what Kusto's dynamic value held: an integer
 * number is "long", a number with a fraction or exponent "double" (the page: 3.5 → "double"),
 * text "string", true/false "bool". Left open by the page, so no schema (null) is returned:
 * a JSON null anywhere inside a value, and an empty array (its `indexer` type is unknown).
 */

/** A place in the schema: its primitive type names and at most one container, in first-seen order. */
interface Place {
  readonly order: ('container' | string)[];
  container?: Map<string, Place>;
}

const INDEXER = '`indexer`';

class OpenCase extends Error {}

/** A tiny JSON reader that keeps whether a number was written as an integer. */
class Reader {
  private i = 0;
  constructor(private readonly s: string) {}

  /** Adds the value at the cursor to `place`. */
  value(place: Place): void {
    this.ws();
    const c = this.s[this.i];
    if (c === '{') return this.object(place);
    if (c === '[') return this.array(place);
    if (c === '"') {
      this.string();
      return addPrimitive(place, 'string');
    }
    if (this.s.startsWith('true', this.i)) {
      this.i += 4;
      return addPrimitive(place, 'bool');
    }
    if (this.s.startsWith('false', this.i)) {
      this.i += 5;
      return addPrimitive(place, 'bool');
    }
    if (this.s.startsWith('null', this.i)) throw new OpenCase('null');
    const m = /^-?\d+(\.\d+)?([eE][+-]?\d+)?/.exec(this.s.slice(this.i, this.i + 400));
    if (!m) throw new SyntaxError(`bad JSON at ${this.i}`);
    this.i += m[0].length;
    return addPrimitive(place, m[1] !== undefined || m[2] !== undefined ? 'double' : 'long');
  }

  /** The top-level array of values (the aggregate's input list). */
  topLevel(place: Place): void {
    this.ws();
    this.expect('[');
    this.ws();
    if (this.s[this.i] === ']') return;
    this.items(']', () => this.value(place));
  }

  /** `item` for each element of a non-empty list up to its closing `close`, elements separated by commas. */
  private items(close: string, item: () => void): void {
    for (;;) {
      item();
      this.ws();
      if (this.s[this.i] !== ',') break;
      this.i++;
    }
    this.expect(close);
  }

  private object(place: Place): void {
    const props = containerOf(place);
    this.i++;
    this.ws();
    if (this.s[this.i] === '}') {
      this.i++;
      return;
    }
    this.items('}', () => {
      this.ws();
      const key = this.string();
      this.ws();
      this.expect(':');
      let child = props.get(key);
      if (!child) props.set(key, (child = { order: [] }));
      this.value(child);
    });
  }

  private array(place: Place): void {
    this.i++;
    this.ws();
    if (this.s[this.i] === ']') throw new OpenCase('empty array');
    const props = containerOf(place);
    let child = props.get(INDEXER);
    if (!child) props.set(INDEXER, (child = { order: [] }));
    this.items(']', () => this.value(child));
  }

  private string(): string {
    this.expect('"');
    const start = this.i - 1;
    while (this.i < this.s.length && this.s[this.i] !== '"') this.i += this.s[this.i] === '\\' ? 2 : 1;
    this.expect('"');
    return JSON.parse(this.s.slice(start, this.i)) as string;
  }

  private expect(c: string): void {
    if (this.s[this.i] !== c) throw new SyntaxError(`expected ${c} at ${this.i}`);
    this.i++;
  }

  private ws(): void {
    while (this.i < this.s.length && /\s/.test(this.s[this.i]!)) this.i++;
  }
}

function addPrimitive(place: Place, name: string): void {
  if (!place.order.includes(name)) place.order.push(name);
}

function containerOf(place: Place): Map<string, Place> {
  if (!place.container) {
    place.container = new Map();
    place.order.push('container');
  }
  return place.container;
}

/** JSON text of a place (written by hand: a JS object would move integer-like keys first). */
function render(place: Place): string {
  const parts = place.order.map((t) =>
    t === 'container' ? `{${[...place.container!].map(([k, v]) => `${JSON.stringify(k)}:${render(v)}`).join(',')}}` : JSON.stringify(t),
  );
  return parts.length === 1 ? parts[0]! : `[${parts.join(',')}]`;
}

/**
 * The schema of a JSON array of values (`valuesJson`, the non-null values of the group), as JSON
 * text; null when the group has no value or a value is a case the page leaves open (see above).
 */
export function buildSchema(valuesJson: string): string | null {
  const root: Place = { order: [] };
  try {
    new Reader(valuesJson).topLevel(root);
  } catch (e) {
    if (e instanceof OpenCase) return null;
    throw e;
  }
  return root.order.length === 0 ? null : render(root);
}
