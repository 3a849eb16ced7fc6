import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readSettings } from '../config/settings';
import { ImportError, importTable, parseTypes } from '../snapshots/import';
import { UsageError, type CliIo } from './io';

const USAGE = 'usage: entra-ask import <file.csv|file.json> --table <name> [--replace] [--types col:type,…] [--json]';

/** `entra-ask import`: an application's own user/role export as a queryable KQL table. */
export async function importCommand(argv: readonly string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: { table: { type: 'string' }, replace: { type: 'boolean' }, json: { type: 'boolean' }, types: { type: 'string' } },
    });
  } catch (err) {
    throw new UsageError(`${(err as Error).message}\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) throw new UsageError(`import needs one file\n${USAGE}`);
  if (values.table === undefined) throw new UsageError(`import needs --table <name>\n${USAGE}`);
  const settings = readSettings(io.env, io.cwd);
  const file = path.resolve(io.cwd, positionals[0] as string);
  const fail = (message: string, extra: Record<string, unknown> = {}): number => {
    if (values.json === true) io.stdout(`${JSON.stringify({ error: 'ImportError', message, ...extra })}\n`);
    io.stderr(`entra-ask import: ${message}\n`);
    return 1;
  };
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    return fail(`cannot read ${file}: ${(err as Error).message}`);
  }
  try {
    const summary = importTable({ dataDir: settings.dataDir, file, table: values.table, replace: values.replace === true, types: parseTypes(values.types) }, text);
    const s = await summary;
    if (values.json === true) io.stdout(`${JSON.stringify(s)}\n`);
    else {
      io.stdout(
        `imported ${s.rows.toLocaleString('en-US')} ${s.rows === 1 ? 'row' : 'rows'} into ${s.table}${s.kind === 'snapshot' ? ' (added to the snapshot table)' : s.replaced ? ' (replaced)' : ''}\n` +
          `  columns: ${s.columns.map((c) => `${c.name}:${c.type}`).join(', ')}\n` +
          (s.renamed.length > 0 ? `  renamed: ${s.renamed.map((r) => `"${r.from}" → ${r.to}`).join(', ')}\n` : '') +
          `  query it: entra-ask kql '${s.table} | take 10'\n`,
      );
    }
    return 0;
  } catch (err) {
    if (err instanceof ImportError) return fail(err.message, { problems: err.problems });
    throw err;
  }
}
