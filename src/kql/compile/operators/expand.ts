/** mv-expand (arrays and bags, zipped, with_itemindex) and parse / parse-where. */
import type { Column, CompileContext, Relation } from '../context';
import { selectColumns } from '../context';
import type { Syn } from '../../language/syntax';
import type { KqlType } from '../../language/kql-types';
import { literalOf } from '../../language/literals';
import { compileExpr } from '../expr/expressions';
import { asDynamic, asString } from '../expr/coerce';
import { regexEscape } from '../expr/string-ops';
import { implicitName, requireInput } from './basic';
import type { OperatorHandler } from './types';

/** A dynamic value as the list of rows mv-expand makes of it (null → one null row; [] → none). */
export function expansionList(d: string): string {
  // json_type is computed once (CASE <expr> WHEN …): each JSON function call re-parses the text.
  return (
    `(CASE coalesce(json_type(${d}), 'NULL') WHEN 'NULL' THEN [NULL::JSON] ` +
    `WHEN 'ARRAY' THEN json_extract(${d}, '$[*]') ` +
    `WHEN 'OBJECT' THEN list_transform(json_keys(${d}), k -> json_object(k, json_extract(${d}, '$."' || k || '"'))) ` +
    `ELSE [${d}] END)`
  );
}

/** An expanded JSON element as the type given by `to typeof(...)`. */
export function typedElement(v: string, type: KqlType): string {
  switch (type) {
    case 'dynamic':
      return v;
    case 'string':
    case 'guid':
      return `coalesce(json_extract_string(${v}, '$'), '')`;
    case 'datetime':
      return `TRY_CAST(json_extract_string(${v}, '$') AS TIMESTAMP)`;
    case 'bool':
      return `TRY_CAST(json_extract_string(${v}, '$') AS BOOLEAN)`;
    case 'int':
      return `TRY_CAST(json_extract_string(${v}, '$') AS INTEGER)`;
    default:
      return `TRY_CAST(json_extract_string(${v}, '$') AS ${type === 'real' ? 'DOUBLE' : 'BIGINT'})`;
  }
}

function param(op: Syn, name: string): string | undefined {
  for (const p of op.list('Parameters')) if (p.get('Name')?.simpleName === name) return p.get('Expression')?.source;
  return undefined;
}

export const mvExpand: OperatorHandler = (op, input, ctx) => {
  const rel = requireInput(input, op, ctx);
  const out = op.columns();
  const scope = { columns: rel.columns };
  const expanded = new Map<string, string>();
  let firstList: string | undefined;
  for (const item of op.list('Expressions')) {
    const e = item.get('Expression')!;
    const expr = e.kind === 'SimpleNamedExpression' ? e.get('Expression')! : e;
    const implicit = implicitName(e);
    const name = implicit !== undefined && out.some((c) => c.name === implicit) ? implicit : undefined;
    const colName = name ?? out.find((c) => !rel.columns.some((x) => x.name === c.name) && !expanded.has(c.name))?.name;
    if (!colName) return ctx.fail('schemaMismatch', item);
    const list = expansionList(asDynamic(compileExpr(expr, scope, ctx)));
    firstList ??= list;
    const type = out.find((c) => c.name === colName)?.type ?? 'dynamic';
    expanded.set(colName, typedElement(`unnest(${list})`, type));
  }
  const index = param(op, 'with_itemindex');
  const items = out.map((c) => {
    const sql = expanded.get(c.name);
    if (sql) return { sql, name: c.name, type: c.type };
    if (index && c.name === index && firstList) return { sql: `CAST(unnest(range(len(${firstList}))) AS BIGINT)`, name: c.name, type: c.type };
    const col = rel.columns.find((x) => x.name === c.name);
    if (!col) return ctx.fail('schemaMismatch', op, c.name);
    return { sql: col.ref, name: c.name, type: col.type, ref: col.ref };
  });
  // unnest() cannot sit inside other functions in DuckDB: expand first, convert after.
  const raw = items.map((it) => (it.sql.includes('unnest(') ? { ...it, sql: extractUnnest(it.sql), ref: undefined } : it));
  const inner = selectColumns(rel, raw, ctx);
  const outer = items.map((it, i) => {
    const ref = inner.columns[i]!.ref;
    return it.sql.includes('unnest(') ? { sql: it.sql.replace(extractUnnest(it.sql), ref), name: it.name, type: it.type } : { sql: ref, name: it.name, type: it.type, ref };
  });
  return selectColumns(inner, outer, ctx);
};

/** The `unnest(...)` call inside a conversion expression. */
export function extractUnnest(sql: string): string {
  const start = sql.indexOf('unnest(');
  let depth = 0;
  for (let i = start + 6; i < sql.length; i++) {
    if (sql[i] === '(') depth++;
    else if (sql[i] === ')') {
      depth--;
      if (depth === 0) return sql.slice(start, i + 1);
    }
  }
  return sql;
}

interface ParsePlan {
  readonly regex: string;
  readonly columns: readonly string[];
}

function parsePattern(op: Syn, ctx: CompileContext, regexMode: boolean): ParsePlan {
  const parts = op.list('Patterns');
  let regex = '';
  const columns: string[] = [];
  parts.forEach((p, i) => {
    const last = i === parts.length - 1;
    if (p.kind === 'StarExpression') regex += regexMode ? '.*?' : '.*?';
    else if (p.kind === 'StringLiteralExpression' || p.kind === 'CompoundStringLiteralExpression') {
      const v = literalOf(p);
      const text = v.kind === 'string' ? v.value : '';
      regex += regexMode ? text : regexEscape(text);
    } else if (p.kind === 'NameAndTypeDeclaration' || p.kind === 'NameDeclaration') {
      const name = p.kind === 'NameDeclaration' ? p.simpleName : p.get('Name')!.simpleName;
      columns.push(name);
      regex += last ? '(.*)' : '(.*?)';
    } else ctx.fail('unsupportedExpression', p, 'parse pattern part');
  });
  return { regex: regexMode ? regex : `^${regex}${parts.length > 0 && parts[parts.length - 1]!.kind === 'StarExpression' ? '' : '$'}`, columns };
}

function parseOp(filter: boolean): OperatorHandler {
  return (op, input, ctx) => {
    const rel = requireInput(input, op, ctx);
    const kind = (param(op, 'kind') ?? 'simple').toLowerCase();
    const plan = parsePattern(op, ctx, kind === 'regex');
    const text = asString(compileExpr(op.get('Expression')!, { columns: rel.columns }, ctx));
    const re = ctx.param(plan.regex, 'VARCHAR');
    const out = op.columns();
    const newCols = new Map<string, string>();
    plan.columns.forEach((name, i) => {
      const type = out.find((c) => c.name === name)?.type ?? 'string';
      const g = `regexp_extract(${text}, ${re}, ${i + 1})`;
      newCols.set(name, type === 'string' ? g : type === 'dynamic' ? `to_json(${g})` : `TRY_CAST(NULLIF(${g}, '') AS ${type === 'datetime' ? 'TIMESTAMP' : type === 'real' ? 'DOUBLE' : type === 'int' ? 'INTEGER' : type === 'bool' ? 'BOOLEAN' : 'BIGINT'})`);
    });
    const items = out.map((c) => {
      const sql = newCols.get(c.name);
      if (sql) return { sql, name: c.name, type: c.type };
      const col = rel.columns.find((x) => x.name === c.name) as Column | undefined;
      if (!col) return ctx.fail('schemaMismatch', op, c.name);
      return { sql: col.ref, name: c.name, type: col.type, ref: col.ref };
    });
    const base: Relation = filter ? { sql: `SELECT * FROM (${rel.sql}) AS t WHERE regexp_matches(${text}, ${re})`, columns: rel.columns } : rel;
    return selectColumns(base, items, ctx);
  };
}

export const parse = parseOp(false);
export const parseWhere = parseOp(true);
