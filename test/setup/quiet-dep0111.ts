/**
 * restify's http-deceiver dependency calls process.binding('http_parser') when it loads, and Node
 * prints DEP0111 once per test worker that starts the bot server (46 times in a full run). It says
 * nothing about our code, so only that warning is dropped, as bin/entra-ask.js does for the CLI;
 * every other warning still prints.
 */
const emitWarning = process.emitWarning.bind(process);
process.emitWarning = ((warning: string | Error, ...rest: unknown[]): void => {
  const options = rest[0];
  const code = typeof options === 'object' && options !== null ? (options as { code?: string }).code : rest[1];
  if (code === 'DEP0111') return;
  (emitWarning as (w: string | Error, ...r: unknown[]) => void)(warning, ...rest);
}) as typeof process.emitWarning;
