/**
 * The one function that turns a value into KQL syntax: a double-quoted string literal. The
 * planning stage uses it to put user text (names, UPNs, search words) into KQL it shows and runs.
 */

const ESCAPES: Readonly<Record<string, string>> = {
  '\\': '\\\\',
  '"': '\\"',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
};

/** `kqlString('O"Brien')` → `"O\"Brien"`. Any string round-trips through Kusto's parser as one literal. */
export function kqlString(value: string): string {
  let out = '"';
  for (const ch of value) {
    const esc = ESCAPES[ch];
    if (esc) out += esc;
    else {
      const code = ch.codePointAt(0)!;
      if (code < 0x20 || code === 0x7f || code === 0x2028 || code === 0x2029 || code === 0x85) out += `\\u${code.toString(16).padStart(4, '0')}`;
      else out += ch;
    }
  }
  return `${out}"`;
}
