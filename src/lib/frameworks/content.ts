// A published framework version, frozen as one tree: sections → components, each component traced
// to the Delphi statements it rests on, their ratings per round and the expert meeting's vote.
import type { Localized } from '../i18n/localized.js';

export type Outcome = 'in' | 'out' | 'none';

export type StatementTrace = {
	statementId: string;
	text: Localized;
	domain: Localized;
	rounds: Array<{
		number: number;
		nRated: number;
		median: number | null;
		iqr: number | null;
		/** Percent of rated answers in the top band (7–9, or 4–5 on the agreement scale). */
		percentHigh: number;
		outcome: Outcome;
	}>;
	meeting: {
		heldOn: string;
		votesFor: number;
		votesAgainst: number;
		abstentions: number;
		outcome: Outcome;
	} | null;
};

export type FrameworkContent = {
	title: Localized;
	summary: Localized | null;
	study: { id: string; title: Localized } | null;
	sections: Array<{
		title: Localized;
		components: Array<{
			id: string;
			title: Localized;
			description: Localized | null;
			statements: StatementTrace[];
		}>;
	}>;
};
