import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readSettings } from '../config/settings';
import { answerCsv, hasCsvRows } from '../answers/csv';
import type { AskOutcome } from '../pipeline/ask';
import { cardFor } from '../runtime/respond';
import { createRuntime, type Runtime } from '../runtime/create-runtime';
import type { ConversationContext } from '../understanding/conversation';
import { UsageError, type CliIo } from './io';
import { renderForTerminal } from './terminal';

const USAGE = 'usage: entra-ask ask "<question>" [--json] [--as <upn>] [--context <file>] [--csv <file>]\n       entra-ask ask --batch <file|-> --json [--as <upn>] [--context <file>]';

/** The `ask --json` object of cli-contract.md. */
export function outcomeJson(o: AskOutcome): Record<string, unknown> {
  return {
    question: o.question,
    intent: { name: o.intent.name, slots: o.intent.slots },
    resolved: o.resolved,
    queries: o.queries,
    answer: o.answer,
    card: cardFor(o),
    elapsedMs: o.elapsedMs,
  };
}

async function readContext(file: string | undefined): Promise<ConversationContext> {
  if (!file) return {};
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw new UsageError(`cannot read --context file ${file}: ${(err as Error).message}`);
  }
  if (text.trim() === '') return {};
  try {
    const value = JSON.parse(text) as unknown;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('not a JSON object');
    return value as ConversationContext;
  } catch (err) {
    throw new UsageError(`--context file ${file} is not a conversation context: ${(err as Error).message}`);
  }
}

async function questionsFrom(batch: string, io: CliIo): Promise<string[]> {
  const text = batch === '-' ? await io.stdin() : await readFile(path.resolve(io.cwd, batch), 'utf8').catch((e: Error) => {
    throw new UsageError(`cannot read --batch file ${batch}: ${e.message}`);
  });
  return text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '');
}

/** `--csv <file>`: every row of the answer as CSV (the terminal and cards show a page). */
async function writeCsv(file: string, outcome: AskOutcome, io: CliIo): Promise<void> {
  if (!hasCsvRows(outcome.answer)) {
    io.stderr(`no CSV written: this answer has no rows (${outcome.answer.kind})\n`);
    return;
  }
  await writeFile(file, answerCsv(outcome.answer)).catch((e: Error) => {
    throw new UsageError(`cannot write --csv file ${file}: ${e.message}`);
  });
  io.stderr(`${outcome.answer.rows.length} rows written to ${file}\n`);
}

export async function askCommand(argv: readonly string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv], allowPositionals: true,
      options: { json: { type: 'boolean' }, as: { type: 'string' }, context: { type: 'string' }, batch: { type: 'string' }, csv: { type: 'string' } },
    });
  } catch (err) {
    throw new UsageError(`${(err as Error).message}\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (values.batch === undefined && positionals.length !== 1) throw new UsageError(`ask needs exactly one question\n${USAGE}`);
  if (values.batch !== undefined && positionals.length > 0) throw new UsageError(`--batch takes no question argument\n${USAGE}`);
  if (values.batch !== undefined && values.csv !== undefined) throw new UsageError(`--csv takes one question, not --batch\n${USAGE}`);
  const csvFile = values.csv !== undefined ? path.resolve(io.cwd, values.csv) : undefined;
  const questions = values.batch !== undefined ? await questionsFrom(values.batch, io) : [positionals[0]!];
  const contextFile = values.context ? path.resolve(io.cwd, values.context) : undefined;
  let context = await readContext(contextFile);

  const settings = readSettings(io.env, io.cwd);
  const runtime: Runtime = await createRuntime(settings, { log: (l) => io.stderr(`${l}\n`), quiet: true, env: io.env });
  try {
    const asker = runtime.askerFor(values.as);
    if (!asker) throw new UsageError(`--as ${values.as}: no such user in the ${runtime.mode} tenant (give a user principal name, e.g. alain@woodgrovebank.com)`);
    // --batch: each line is a new conversation unless --context makes the lines one conversation
    // (shared/spec/cli-contract.md), so unrelated questions never change each other's answers.
    const oneConversation = values.batch === undefined || contextFile !== undefined;
    for (const question of questions) {
      const outcome = await runtime.pipeline.ask({ question, asker, context: oneConversation ? context : {}, channel: 'cli' });
      if (oneConversation) context = outcome.context;
      if (contextFile) await writeFile(contextFile, `${JSON.stringify(context, null, 2)}\n`);
      io.stdout(values.json ? `${JSON.stringify(outcomeJson(outcome))}\n` : `${renderForTerminal(outcome.answer, outcome.queries)}\n`);
      if (csvFile) await writeCsv(csvFile, outcome, io);
    }
  } finally {
    await runtime.close();
  }
  return 0;
}
