import { SettingsError } from '../config/settings';
import { askCommand } from './ask-command';
import { demoCommand } from './demo-command';
import { exportCommand } from './export-command';
import { importCommand } from './import-command';
import { processIo, UsageError, type CliIo } from './io';
import { kqlCommand } from './kql-command';
import { serveCommand } from './serve-command';

const HELP = `Entra Ask — ask questions about your Microsoft Entra tenant.

usage: entra-ask <command> [options]

commands:
  ask "<question>" [--json] [--as <upn>] [--context <file>]   answer one question
  ask --batch <file|-> --json                                 answer one question per line
  kql "<query>" [--json] [--database <name>]                  run a read-only KQL query
  kql --batch <file> --json                                   run a list of .kql files
  serve [--port N]                                            start the bot (what npm start runs)
  demo reset [--seed N] [--anchor <ISO>] [--users N] [--days N]
  demo export <dir>                                           write the demo tenant as Graph JSON
  export [--to embedded|adx:<cluster-url>/<db>] [--date D] [--groups delta|batched] [--json]
                                                              snapshot the tenant's users, groups, apps
  import <file.csv|json> --table <name> [--replace] [--json]  load an application's own export as a table
`;

type Command = (argv: readonly string[], io: CliIo) => Promise<number>;

const COMMANDS: Readonly<Record<string, Command>> = {
  ask: askCommand,
  kql: kqlCommand,
  serve: serveCommand,
  demo: demoCommand,
  export: exportCommand,
  import: importCommand,
};

/** Runs the command line; returns the exit code. Usage mistakes print a message, not a stack. */
export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    io.stdout(HELP);
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(`entra-ask: unknown command "${name}"\n\n${HELP}`);
    return 2;
  }
  try {
    return await command(rest, io);
  } catch (err) {
    if (err instanceof UsageError || err instanceof SettingsError) {
      io.stderr(`entra-ask ${name}: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
}
