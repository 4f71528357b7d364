import { describe, expect, it } from 'vitest';
import type { StatementTrace } from './content.js';
import { acceptedWhere, meetingLine, roundLine, topBand, traceLines } from './trace-text.js';

const inRound: StatementTrace = {
	statementId: 's1',
	text: { en: 'Trainers have worked with migrants' },
	domain: { en: 'Delivery' },
	rounds: [{ number: 1, nRated: 12, median: 8, iqr: 1, percentHigh: 83.3, outcome: 'in' }],
	meeting: null
};

const atMeeting: StatementTrace = {
	...inRound,
	rounds: [
		{ number: 1, nRated: 12, median: 6.5, iqr: 2.25, percentHigh: 50, outcome: 'none' },
		{ number: 2, nRated: 0, median: null, iqr: null, percentHigh: 0, outcome: 'none' }
	],
	meeting: { heldOn: '2018-01-31', votesFor: 14, votesAgainst: 2, abstentions: 1, outcome: 'in' }
};

describe('trace in words', () => {
	it('names the top band of each scale', () => {
		expect(topBand('nine')).toBe('7–9');
		expect(topBand('five')).toBe('4–5');
		expect(topBand(null)).toBeNull();
	});

	it('says a round with its figures, the share in whole percent', () => {
		expect(roundLine(inRound.rounds[0], 'nine', 'en')).toBe(
			'Round 1: n 12, median 8, IQR 1, 83 % rated 7–9 — consensus in'
		);
		expect(roundLine(atMeeting.rounds[0], null, 'en')).toBe(
			'Round 1: n 12, median 6.5, IQR 2.25, 50 % in the top band — no consensus'
		);
		expect(roundLine(atMeeting.rounds[1], 'five', 'en')).toBe(
			'Round 2: n 0, median –, IQR –, 0 % rated 4–5 — no consensus'
		);
		expect(roundLine(inRound.rounds[0], 'nine', 'fr')).toBe(
			'Tour 1 : n 12, médiane 8, EIQ 1, 83 % de notes 7–9 — consensus pour retenir'
		);
	});

	it('says the meeting’s vote with its date, in the language asked', () => {
		expect(meetingLine(atMeeting.meeting!, 'en')).toBe(
			'Expert meeting, January 31, 2018: 14 for, 2 against, 1 abstaining — in'
		);
		expect(meetingLine(atMeeting.meeting!, 'fr')).toContain('31 janvier 2018');
		expect(traceLines(atMeeting, 'nine', 'en')).toHaveLength(3);
	});

	it('says how a statement was accepted', () => {
		expect(acceptedWhere(inRound, 'en')).toBe('Accepted in round 1');
		expect(acceptedWhere(atMeeting, 'en')).toBe('Accepted at the expert meeting, January 31, 2018');
	});
});
