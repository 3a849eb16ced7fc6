import { docsPagesAsTests } from './docs-per-case';

// src/kql/compile/operators/expand.ts: mv-expand, parse and parse-where.
docsPagesAsTests(['mv-expand-operator.md', 'parse-operator.md', 'parse-where-operator.md']);
