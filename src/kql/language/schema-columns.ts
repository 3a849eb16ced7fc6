/** Parses schema text `(A:string, B:datetime)` into columns (for DDL and loaders). */
import { asKqlType } from './kql-types';
import type { KqlType } from './kql-types';

export interface SchemaColumn {
  readonly name: string;
  readonly type: KqlType;
}

export function schemaColumns(schema: string): SchemaColumn[] {
  return schema
    .replace(/^\s*\(|\)\s*$/g, '')
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part.length > 0)
    .map((part) => {
      const i = part.lastIndexOf(':');
      return { name: part.slice(0, i).trim().replace(/^\[['"]|['"]\]$/g, ''), type: asKqlType(part.slice(i + 1).trim()) };
    });
}
