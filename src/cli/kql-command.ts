import { UsageError, type CliIo } from './io';

/** `entra-ask kql`: wired to the embedded KQL engine's command (src/kql). */
export async function kqlCommand(_argv: readonly string[], _io: CliIo): Promise<number> {
  throw new UsageError('the kql command is not available in this build yet');
}
