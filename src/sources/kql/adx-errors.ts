/** Azure Data Explorer error bodies (`{ error: { code, message, "@message", ... } }`) → KqlError. */
import { KqlError } from './executor';

interface AdxErrorBody {
  readonly error?: {
    readonly code?: string;
    readonly message?: string;
    readonly '@message'?: string;
    readonly '@errorCode'?: string;
    readonly '@start'?: number;
    readonly '@length'?: number;
  };
}

function responseBody(e: unknown): AdxErrorBody | undefined {
  if (typeof e !== 'object' || e === null) return undefined;
  const response = (e as { response?: { data?: unknown } }).response;
  const data = response?.data;
  if (typeof data === 'string') {
    try {
      return JSON.parse(data) as AdxErrorBody;
    } catch {
      return undefined;
    }
  }
  return typeof data === 'object' && data !== null ? (data as AdxErrorBody) : undefined;
}

export function errorFromAdx(e: unknown): KqlError {
  if (e instanceof KqlError) return e;
  const body = responseBody(e)?.error;
  if (body) {
    const code = body['@errorCode'] ?? (body.code === 'General_BadRequest' ? 'EA500' : body.code ?? 'EA500');
    return new KqlError({
      code,
      message: body['@message'] ?? body.message ?? 'The query failed',
      ...(body['@start'] !== undefined ? { start: body['@start'] } : {}),
      ...(body['@length'] !== undefined ? { length: body['@length'] } : {}),
    });
  }
  const message = e instanceof Error ? e.message : String(e);
  if (/ECONNREFUSED|ENOTFOUND|ETIMEDOUT|socket hang up/i.test(message)) return new KqlError({ code: 'EA502', message: `The KQL source is unavailable: ${message}` });
  return new KqlError({ code: 'EA500', message });
}
