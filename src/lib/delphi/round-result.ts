// A closed round's result for one statement, as frozen when the round closes: the whole panel's
// summary and each stakeholder group's (round 2 onwards shows both to every panellist).
import type { Summary } from './consensus.js';

export type StatementRoundResult = { overall: Summary; byGroup: Record<string, Summary> };
