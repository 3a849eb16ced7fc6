/**
 * What a JSON value is, from its first character: '[' an array, '{' an object, 'n' null (JSON
 * null or SQL NULL: Kusto's dynamic null either way), anything else a scalar. Text typed JSON is
 * valid JSON, so one character says it; json_type() parses the whole text (2 s per million
 * 760-byte sign-in policy arrays).
 */
export function jsonKind(d: string): string {
  return `coalesce(left(ltrim(${d}, ' ' || chr(9) || chr(10) || chr(13)), 1), 'n')`;
}
