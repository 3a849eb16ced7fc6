import { docsPagesAsTests } from './docs-per-case';

// join-time-window#3 joins 5 million generated rows (~10 s of CPU alone, per mutant): left out.
docsPagesAsTests(
  ['join-operator.md', 'join-inner.md', 'join-innerunique.md', 'join-leftouter.md', 'join-rightouter.md', 'join-fullouter.md', 'join-leftsemi.md', 'join-rightsemi.md', 'join-leftanti.md', 'join-rightanti.md', 'join-time-window.md', 'lookup-operator.md', 'union-operator.md'],
  ['join-time-window#3'],
);
