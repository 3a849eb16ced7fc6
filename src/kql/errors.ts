/**
 * The engine's error value: an expected query failure (syntax or binding error, refused command,
 * unsupported feature, time-out) with its KSnnn / EAnnn code. Every KQL source (src/sources/kql)
 * reuses it; anything else thrown is a bug.
 */
import type { KqlDiagnostic } from './diagnostics';

/** The JSON shape of a query problem (`entra-ask kql --json`'s `error`, and the answer card's input). */
export interface KqlErrorInfo {
  /** `KSnnn` (Kusto.Language / the service) or `EAnnn` (this engine, see src/kql/diagnostics.ts). */
  readonly code: string;
  readonly message: string;
  readonly start?: number;
  readonly length?: number;
}

/**
 * An expected query failure: syntax or binding error, refused command, unavailable source, time-out.
 * A value the answer layer turns into a card; anything else thrown is a bug.
 */
export class KqlError extends Error implements KqlErrorInfo {
  readonly code: string;
  readonly start?: number;
  readonly length?: number;
  /** Every diagnostic when there were several (the first is this error). */
  readonly diagnostics: readonly KqlDiagnostic[];

  constructor(info: KqlErrorInfo, diagnostics: readonly KqlDiagnostic[] = []) {
    super(info.message);
    this.name = 'KqlError';
    this.code = info.code;
    if (info.start !== undefined) this.start = info.start;
    if (info.length !== undefined) this.length = info.length;
    this.diagnostics = diagnostics;
  }

  static fromDiagnostics(diagnostics: readonly KqlDiagnostic[]): KqlError {
    const first = diagnostics[0] ?? { code: 'EA500', message: 'The query failed', start: 0, length: 0 };
    return new KqlError(first, diagnostics);
  }

  toJSON(): KqlErrorInfo {
    return {
      code: this.code,
      message: this.message,
      ...(this.start !== undefined ? { start: this.start } : {}),
      ...(this.length !== undefined ? { length: this.length } : {}),
    };
  }
}

export function isKqlError(e: unknown): e is KqlError {
  return e instanceof KqlError;
}
