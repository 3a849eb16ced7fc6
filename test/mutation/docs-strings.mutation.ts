import { docsCasesAsTests } from './docs-per-case';

docsCasesAsTests(['String functions']);
