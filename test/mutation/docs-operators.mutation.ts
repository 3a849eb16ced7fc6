import { docsCasesAsTests } from './docs-per-case';

docsCasesAsTests(['Tabular operators', 'Aggregation functions']);
