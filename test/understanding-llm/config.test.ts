import { describe, expect, it } from 'vitest';
import { DEFAULT_AZURE_API_VERSION, DEFAULT_OPENAI_MODEL, describeLlmConfig, llmConfigFromEnv } from '../../src/understanding/llm';

describe('llmConfigFromEnv', () => {
  it('is undefined when nothing is set (empty values count as unset)', () => {
    expect(llmConfigFromEnv({})).toBeUndefined();
    expect(llmConfigFromEnv({ OPENAI_API_KEY: ' ', AZURE_OPENAI_ENDPOINT: '' })).toBeUndefined();
  });

  it('reads OpenAI with the default model and an optional endpoint', () => {
    expect(llmConfigFromEnv({ OPENAI_API_KEY: 'sk-test' })).toEqual({ kind: 'openai', apiKey: 'sk-test', model: DEFAULT_OPENAI_MODEL });
    expect(llmConfigFromEnv({ OPENAI_API_KEY: 'sk-test', OPENAI_MODEL: 'gpt-4o', OPENAI_ENDPOINT: 'http://127.0.0.1:9/v1/' }))
      .toEqual({ kind: 'openai', apiKey: 'sk-test', model: 'gpt-4o', endpoint: 'http://127.0.0.1:9/v1' });
  });

  it('reads Azure OpenAI (and prefers it), with a default api version', () => {
    const env = {
      AZURE_OPENAI_API_KEY: 'az-key', AZURE_OPENAI_ENDPOINT: 'https://res.openai.azure.com/',
      AZURE_OPENAI_DEPLOYMENT: 'gpt4o', OPENAI_API_KEY: 'sk-test',
    };
    expect(llmConfigFromEnv(env)).toEqual({
      kind: 'azure', apiKey: 'az-key', endpoint: 'https://res.openai.azure.com', deployment: 'gpt4o', apiVersion: DEFAULT_AZURE_API_VERSION,
    });
    expect(llmConfigFromEnv({ ...env, AZURE_OPENAI_API_VERSION: '2024-10-21' })).toMatchObject({ apiVersion: '2024-10-21' });
  });

  it('names the missing variables of half-configured settings, never the values', () => {
    expect(() => llmConfigFromEnv({ AZURE_OPENAI_API_KEY: 'secret-az' })).toThrow(/AZURE_OPENAI_ENDPOINT, AZURE_OPENAI_DEPLOYMENT/);
    expect(() => llmConfigFromEnv({ AZURE_OPENAI_API_KEY: 'secret-az' })).not.toThrow(/secret-az/);
    expect(() => llmConfigFromEnv({ OPENAI_MODEL: 'gpt-4o' })).toThrow(/OPENAI_API_KEY/);
    expect(() => llmConfigFromEnv({
      AZURE_OPENAI_API_KEY: 'k', AZURE_OPENAI_ENDPOINT: 'http://res.openai.azure.com', AZURE_OPENAI_DEPLOYMENT: 'd',
    })).toThrow(/https/);
    expect(() => llmConfigFromEnv({ OPENAI_API_KEY: 'k', OPENAI_ENDPOINT: 'api.openai.com' })).toThrow(/OPENAI_ENDPOINT/);
  });

  it('describes a config without its key', () => {
    const config = llmConfigFromEnv({ OPENAI_API_KEY: 'sk-secret' });
    expect(config).toBeDefined();
    if (config) expect(describeLlmConfig(config)).not.toContain('sk-secret');
  });
});
