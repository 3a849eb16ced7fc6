/** Which chat-completion service the LLM planner talks to, from the environment. */

export type LlmConfig =
  | {
      readonly kind: 'openai';
      readonly apiKey: string;
      readonly model: string;
      /** Base URL (e.g. `https://api.openai.com/v1` or a compatible server); the SDK default when absent. */
      readonly endpoint?: string;
    }
  | {
      readonly kind: 'azure';
      readonly apiKey: string;
      /** `https://<resource>.openai.azure.com` */
      readonly endpoint: string;
      readonly deployment: string;
      readonly apiVersion: string;
    };

export const DEFAULT_OPENAI_MODEL = 'gpt-4o-mini';
export const DEFAULT_AZURE_API_VERSION = '2024-06-01';

const AZURE_VARS = ['AZURE_OPENAI_API_KEY', 'AZURE_OPENAI_ENDPOINT', 'AZURE_OPENAI_DEPLOYMENT'] as const;
const OPENAI_VARS = ['OPENAI_API_KEY', 'OPENAI_MODEL', 'OPENAI_ENDPOINT'] as const;

type Env = Readonly<Record<string, string | undefined>>;

function value(env: Env, name: string): string | undefined {
  const v = env[name]?.trim();
  return v ? v : undefined;
}

/**
 * The LLM settings, or `undefined` when none are set (the bot then uses the deterministic parser
 * only). Azure OpenAI wins when any `AZURE_OPENAI_*` variable is set. Throws, naming the missing
 * variables (never the values), when the settings are half there.
 */
export function llmConfigFromEnv(env: Env = process.env): LlmConfig | undefined {
  const azureSet = [...AZURE_VARS, 'AZURE_OPENAI_API_VERSION'].some((n) => value(env, n) !== undefined);
  if (azureSet) {
    const missing = AZURE_VARS.filter((n) => value(env, n) === undefined);
    if (missing.length > 0) {
      throw new Error(`Azure OpenAI is half-configured: set ${missing.join(', ')} (or unset every AZURE_OPENAI_* variable).`);
    }
    const endpoint = value(env, 'AZURE_OPENAI_ENDPOINT') as string;
    if (!/^https:\/\//i.test(endpoint)) {
      throw new Error('AZURE_OPENAI_ENDPOINT must be an https:// URL, e.g. https://<resource>.openai.azure.com');
    }
    return {
      kind: 'azure',
      apiKey: value(env, 'AZURE_OPENAI_API_KEY') as string,
      endpoint: endpoint.replace(/\/+$/, ''),
      deployment: value(env, 'AZURE_OPENAI_DEPLOYMENT') as string,
      apiVersion: value(env, 'AZURE_OPENAI_API_VERSION') ?? DEFAULT_AZURE_API_VERSION,
    };
  }
  const openAiSet = OPENAI_VARS.some((n) => value(env, n) !== undefined);
  if (!openAiSet) return undefined;
  const apiKey = value(env, 'OPENAI_API_KEY');
  if (apiKey === undefined) {
    throw new Error('OpenAI is half-configured: OPENAI_MODEL or OPENAI_ENDPOINT is set but OPENAI_API_KEY is not.');
  }
  const endpoint = value(env, 'OPENAI_ENDPOINT');
  if (endpoint !== undefined && !/^https?:\/\//i.test(endpoint)) {
    throw new Error('OPENAI_ENDPOINT must be an http(s):// base URL, e.g. https://api.openai.com/v1');
  }
  return {
    kind: 'openai',
    apiKey,
    model: value(env, 'OPENAI_MODEL') ?? DEFAULT_OPENAI_MODEL,
    ...(endpoint !== undefined ? { endpoint: endpoint.replace(/\/+$/, '') } : {}),
  };
}

/** For logs: where the planner goes, without the key. */
export function describeLlmConfig(config: LlmConfig): string {
  return config.kind === 'azure'
    ? `Azure OpenAI ${config.endpoint} deployment ${config.deployment} (api-version ${config.apiVersion})`
    : `OpenAI ${config.endpoint ?? 'https://api.openai.com/v1'} model ${config.model}`;
}
