/** The optional LLM planner of the understanding stage. See README.md. */
export { llmConfigFromEnv, describeLlmConfig, DEFAULT_OPENAI_MODEL, DEFAULT_AZURE_API_VERSION } from './config';
export type { LlmConfig } from './config';
export { createLlmUnderstander, DEFAULT_LLM_TIMEOUT_MS, LLM_CONFIDENCE } from './understander';
export type { DeterministicUnderstand, LlmUnderstand, LlmUnderstanderOptions } from './understander';
export { checkModelAnswer } from './validate';
export type { CheckResult, CheckedAnswer } from './validate';
export { buildSystemPrompt } from './prompt';
