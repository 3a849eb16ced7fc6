import {
  ActionPlanner, OpenAIModel, Prompt, PromptManager, TemplateSection,
  type AzureOpenAIModelOptions, type Memory, type OpenAIModelOptions, type PromptTemplate,
} from '@microsoft/teams-ai';
import { TestAdapter, TurnContext } from 'botbuilder';
import type { LlmConfig } from './config';

/** Sends one system message and one user message, resolves with the reply text; rejects on any failure. */
export type ChatCompleter = (system: string, question: string) => Promise<string>;

type ClientOptions = NonNullable<OpenAIModelOptions['clientOptions']>;

export interface CompleterOptions {
  /** The HTTP timeout of the SDK (the caller races its own timer as well). */
  readonly timeoutMs: number;
  /** Replaces the SDK's fetch (tests point Azure's https endpoint at a local server). */
  readonly fetch?: typeof globalThis.fetch;
}

const PROMPT_NAME = 'entra-ask-intent';

/** A plain in-memory `Memory` (what a TurnState offers), fresh for every question. */
class TurnMemory implements Memory {
  private readonly values = new Map<string, unknown>();
  deleteValue(path: string): void { this.values.delete(path); }
  hasValue(path: string): boolean { return this.values.has(path); }
  getValue<TValue = unknown>(path: string): TValue { return this.values.get(path) as TValue; }
  setValue(path: string, value: unknown): void { this.values.set(path, value); }
}

function createModel(config: LlmConfig, options: CompleterOptions): OpenAIModel {
  const clientOptions: ClientOptions = { maxRetries: 0, timeout: options.timeoutMs, ...(options.fetch ? { fetch: options.fetch as unknown as ClientOptions['fetch'] } : {}) };
  const common = { useSystemMessages: true, responseFormat: { type: 'json_object' as const }, clientOptions };
  if (config.kind === 'azure') {
    const azure: AzureOpenAIModelOptions = {
      ...common, azureApiKey: config.apiKey, azureDefaultDeployment: config.deployment,
      azureEndpoint: config.endpoint, azureApiVersion: config.apiVersion,
    };
    return new OpenAIModel(azure);
  }
  const openai: OpenAIModelOptions = {
    ...common, apiKey: config.apiKey, defaultModel: config.model,
    ...(config.endpoint ? { endpoint: config.endpoint } : {}),
  };
  return new OpenAIModel(openai);
}

/** The prompt template, built in code: the system text and the question come from turn memory, so neither is parsed as a template. */
function createTemplate(): PromptTemplate {
  return {
    name: PROMPT_NAME,
    prompt: new Prompt([new TemplateSection('{{$temp.system}}', 'system'), new TemplateSection('{{$temp.question}}', 'user')]),
    config: {
      schema: 1.1,
      type: 'completion',
      completion: {
        frequency_penalty: 0, presence_penalty: 0, temperature: 0, top_p: 1,
        include_history: false, include_input: false, include_images: false,
        max_tokens: 400, max_input_tokens: 8000,
      },
    },
  };
}

/**
 * A teams-ai `ActionPlanner` over an `OpenAIModel`, used outside a bot turn: `completePrompt` gets a
 * minimal `TurnContext` (a `TestAdapter`, the question as a message activity) and an in-memory `Memory`.
 */
export function createChatCompleter(config: LlmConfig, options: CompleterOptions): ChatCompleter {
  const prompts = new PromptManager({ promptsFolder: __dirname });
  prompts.addPrompt(createTemplate());
  const planner = new ActionPlanner({ model: createModel(config, options), prompts, defaultPrompt: PROMPT_NAME, max_repair_attempts: 0 });
  const adapter = new TestAdapter();
  return async (system, question) => {
    const context = new TurnContext(adapter, { type: 'message', text: question });
    const memory = new TurnMemory();
    memory.setValue('temp.system', system);
    memory.setValue('temp.question', question);
    memory.setValue('temp.input', question);
    const response = await planner.completePrompt(context, memory, PROMPT_NAME);
    if (response.status !== 'success') {
      throw new Error(`completion ${response.status}: ${response.error?.message ?? 'no message'}`);
    }
    const content = response.message?.content;
    if (typeof content !== 'string') throw new Error('completion without text content');
    return content;
  };
}
