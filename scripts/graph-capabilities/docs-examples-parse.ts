/**
 * Reads the example responses out of a Microsoft Graph API reference page (the markdown of
 * microsoftgraph/microsoft-graph-docs-contrib): every code block announced by a
 * `<!-- { "blockType": "response", … } -->` comment, split into its status line, headers and body.
 * Only bodies sent as `application/json` are kept; a body that is not valid JSON is returned with
 * its parse error (the caller looks it up in the reviewed corrections file).
 */

/** One example response of a page, in page order. */
export interface PageExample {
  /** Position among the page's JSON examples, from 0. */
  readonly index: number;
  readonly status: number;
  /** The body as the page prints it. */
  readonly text: string;
  /** The parsed body, or why it does not parse. */
  readonly parsed: { readonly ok: true; readonly json: unknown } | { readonly ok: false; readonly error: string };
}

const RESPONSE_COMMENT = /<!--\s*\{[^]*?"blockType"\s*:\s*"response"[^]*?-->/g;

/** The example responses of one page. */
export function pageExamples(markdown: string): PageExample[] {
  const out: PageExample[] = [];
  for (const m of markdown.matchAll(RESPONSE_COMMENT)) {
    const after = markdown.slice((m.index ?? 0) + m[0].length);
    const fence = /^\s*```\s*[a-z-]*\s*\n([^]*?)\n\s*```/.exec(after);
    if (!fence) continue;
    const block = fence[1]!.replace(/\r\n/g, '\n');
    const status = /^HTTP\/1\.1\s+(\d{3})/.exec(block.trimStart());
    const split = block.indexOf('\n\n');
    if (!status || split < 0) continue;
    const head = block.slice(0, split);
    if (!/^content-type:\s*application\/json/im.test(head)) continue;
    const text = block.slice(split + 2).trim();
    let parsed: PageExample['parsed'];
    try {
      parsed = { ok: true, json: JSON.parse(text) as unknown };
    } catch (e) {
      parsed = { ok: false, error: e instanceof Error ? e.message : String(e) };
    }
    out.push({ index: out.length, status: Number(status[1]), text, parsed });
  }
  return out;
}

/**
 * Whether `corrected` is `original` with only trailing commas (before `}` or `]`) removed and
 * whitespace changed: the only kind of correction the reviewed file may make, so no expected
 * value is ever edited.
 */
export function onlySyntaxRemoved(original: string, corrected: string): boolean {
  const squeeze = (s: string): string => s.replace(/\s+/g, '');
  return squeeze(original).replace(/,(?=[}\]])/g, '') === squeeze(corrected);
}
