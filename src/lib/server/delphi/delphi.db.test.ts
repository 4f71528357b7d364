// A Delphi study from set-up to the meeting, against PostgreSQL: five panellists in two stakeholder
// groups, two rounds, the rule deciding, feedback in round 2, stability, the meeting and exports.
import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../auth/actor.js';
import { db } from '../db/client.js';
import {
	delphiPanellist,
	delphiParticipation,
	delphiRating,
	delphiRound,
	delphiSuggestion
} from '../db/schema/delphi.js';
import { mailMessage } from '../db/schema/system.js';
import { useTestDatabase } from '../testing/database.js';
import {
	actor,
	coordinatorOf,
	newPeople,
	newProgramme,
	nineScaleStudyInput,
	programmeWithCoordinator,
	refusal,
	roundOfAWeek
} from '../testing/fixtures.js';
import { countStatements } from '../testing/statements.js';
import { listAcceptedStatements } from './accepted-statements.js';
import { schedulePanelMail, sendPanelMail } from './mail-panel.js';
import { recordMeetingVote } from './meeting.js';
import { monitorRounds } from './monitoring.js';
import { addPanellists, listPanel, panelCandidates } from './panel.js';
import { openPanelRound, savePanelRound } from './panel-round.js';
import { exportStudyResults, studyResults } from './results.js';
import { closeRound, openRound } from './rounds.js';
import { addDomain, addStatement, createStudy, getStudy, listStudies, updateStudy } from './studies.js';

useTestDatabase();

const studyInput = (programmeId: string) =>
	nineScaleStudyInput(programmeId, 'Components of a training programme');

describe('a two-round Delphi study', () => {
	let programmeId: string;
	let coordinator: Actor;
	let studyId: string;
	let statements: Record<'a' | 'b' | 'c', string>;
	let tokens: string[];

	beforeAll(async () => {
		({ programmeId, coordinator } = await programmeWithCoordinator('coordinator-delphi'));
	});

	it('is set up by the programme coordinator and refused to others', async () => {
		const outsider = actor('outsider', coordinatorOf(await newProgramme()));
		await expect(createStudy(outsider, studyInput(programmeId))).rejects.toThrow(
			refusal('forbidden', { programmeId: ['programme_outside_scope'] })
		);
		await expect(
			createStudy(coordinator, {
				...studyInput(programmeId),
				rule: { kind: 'median_iqr', inMinMedian: '7', outMaxMedian: '3', maxIqr: '2' },
				scale: 'five'
			})
		).rejects.toThrow(refusal('invalid'));
		({ id: studyId } = await createStudy(coordinator, studyInput(programmeId)));
		expect((await listStudies(coordinator)).map((row) => row.id)).toContain(studyId);
		expect(await listStudies(outsider)).toEqual([]);
		const { id: domainId } = await addDomain(coordinator, studyId, { title: { en: 'Delivery' } });
		const add = async (text: string) =>
			(await addStatement(coordinator, studyId, { domainId, text: { en: text } })).id;
		statements = {
			a: await add('Trainers are certified'),
			b: await add('Sessions last a day'),
			c: await add('No evaluation')
		};
	});

	it('cannot open a round without a panel', async () => {
		await expect(openRound(coordinator, studyId, roundOfAWeek())).rejects.toThrow(
			refusal('conflict', { _: ['panel_empty'] })
		);
	});

	it('takes experts from the directory into stakeholder groups', async () => {
		const [p1, p2, p3, p4, p5] = await newPeople(5);
		await addPanellists(coordinator, studyId, { personIds: [p1, p2, p3], stakeholderGroup: 'Academia' });
		expect(
			await addPanellists(coordinator, studyId, { personIds: [p3, p4, p5], stakeholderGroup: 'Ministries' })
		).toEqual({ added: 2 });
		const panel = await listPanel(coordinator, studyId);
		expect(panel.map((row) => row.stakeholderGroup)).toEqual([
			'Academia',
			'Academia',
			'Academia',
			'Ministries',
			'Ministries'
		]);
		tokens = panel.map((row) => row.token);
		await expect(
			addPanellists(coordinator, studyId, { personIds: [], stakeholderGroup: 'X' })
		).rejects.toThrow(refusal('invalid', { personIds: ['choose_people'] }));
	});

	it('refuses a search for candidates with control characters, with the field', async () => {
		await expect(panelCandidates(coordinator, studyId, 'a\0')).rejects.toThrow(
			refusal('invalid', { q: ['control_characters'] })
		);
	});

	it('fixes the rule when round 1 opens', async () => {
		await openRound(coordinator, studyId, roundOfAWeek());
		await expect(
			updateStudy(coordinator, studyId, {
				...studyInput(programmeId),
				rule: { kind: 'bands', inMinHigh: '60' }
			})
		).rejects.toThrow(refusal('conflict', { rule: ['rule_fixed'] }));
		await updateStudy(coordinator, studyId, { ...studyInput(programmeId), title: { en: 'Renamed' } });
		await expect(openRound(coordinator, studyId, roundOfAWeek())).rejects.toThrow(
			refusal('conflict', { _: ['round_still_open'] })
		);
	});

	it('refuses an incomplete submission and saves nothing of it', async () => {
		const page = await openPanelRound(tokens[0]);
		expect(page.state).toBe('open');
		if (page.state !== 'open') return;
		expect(page.statements.map((s) => s.id)).toEqual([statements.a, statements.b, statements.c]);
		expect(page.statements.every((s) => s.feedback === null)).toBe(true);
		const result = await savePanelRound(tokens[0], {
			answers: [{ statementId: statements.a, rating: 8 }],
			submit: true
		});
		expect(result).toEqual({
			ok: false,
			errors: { [statements.b]: ['rating_required'], [statements.c]: ['rating_required'] }
		});
		expect(await db().select().from(delphiRating)).toEqual([]);
		expect(
			await savePanelRound(tokens[0], { answers: [{ statementId: statements.a, rating: 10 }], submit: false })
		).toEqual({
			ok: false,
			errors: { [statements.a]: ['outside_scale'] }
		});
	});

	it('a save replaces the last: ratings, comments and the one suggestion', async () => {
		const ownRows = async () => {
			const page = await openPanelRound(tokens[4]);
			if (page.state !== 'open') throw new Error(page.state);
			return {
				a: page.statements.find((s) => s.id === statements.a),
				suggestions: await db()
					.select({ text: delphiSuggestion.text })
					.from(delphiSuggestion)
					.innerJoin(delphiPanellist, eq(delphiPanellist.id, delphiSuggestion.panellistId))
					.where(eq(delphiPanellist.token, tokens[4]))
			};
		};
		const save = (rating: number | 'unable', comment: string | undefined, suggestions: string) =>
			savePanelRound(tokens[4], {
				answers: [{ statementId: statements.a, rating, comment }],
				suggestions,
				submit: false
			});
		expect(await save(4, 'Too long', 'Add peer supervision')).toEqual({ ok: true, submitted: false });
		expect(await ownRows()).toMatchObject({
			a: { rating: 4, isUnableToRate: false, comment: 'Too long' },
			suggestions: [{ text: 'Add peer supervision' }]
		});
		await save('unable', undefined, 'Add a mentor instead');
		expect(await ownRows()).toMatchObject({
			a: { rating: null, isUnableToRate: true, comment: null },
			suggestions: [{ text: 'Add a mentor instead' }]
		});
		await save(6, undefined, '  ');
		expect((await ownRows()).suggestions).toEqual([]);
	});

	it('round 1: saves progress, then counts only what was submitted', async () => {
		// a: everyone 7–9 → in; b: split → none; c: everyone 1–3 → out. Panellist 5 only saves.
		const ratings: Array<[number | 'unable', number, number]> = [
			[8, 5, 2],
			[9, 8, 1],
			[7, 2, 'unable' as never],
			[8, 9, 3],
			[1, 1, 9]
		].map((row) => row as [number | 'unable', number, number]);
		for (const [index, [a, b, c]] of ratings.entries()) {
			const { statements: count } = await countStatements(() =>
				savePanelRound(tokens[index], {
					answers: [
						{
							statementId: statements.a,
							rating: a,
							comment: index === 0 ? 'Certification matters' : undefined
						},
						{ statementId: statements.b, rating: b },
						{ statementId: statements.c, rating: c }
					],
					suggestions: index === 1 ? 'Add a follow-up after six months' : undefined,
					submit: index < 4
				})
			);
			expect(count).toBeLessThanOrEqual(10);
		}
		const [round] = await db().select().from(delphiRound);
		await closeRound(coordinator, round.id);
		const results = await studyResults(coordinator, studyId);
		const outcomeOf = (id: string) =>
			results.statements.find((s) => s.id === id)?.rounds.map((r) => r.outcome);
		expect(outcomeOf(statements.a)).toEqual(['in']);
		expect(outcomeOf(statements.b)).toEqual(['none']);
		expect(outcomeOf(statements.c)).toEqual(['out']);
		const b = results.statements.find((s) => s.id === statements.b)!.rounds[0].result;
		// Submitted b ratings 5, 8, 2, 9: median 6.5, q1 4.25, q3 8.25.
		expect(b.overall).toMatchObject({ nRated: 4, median: 6.5, q1: 4.25, q3: 8.25 });
		// Academia rated 3 times, Ministries once: Ministries alone is not shown, nor Academia, since
		// the whole panel minus Academia would give Ministries away (lib/delphi/group-feedback.ts).
		expect(b).toMatchObject({ byGroup: {}, otherGroups: null });
		const c = results.statements.find((s) => s.id === statements.c)!.rounds[0].result.overall;
		expect(c).toMatchObject({ nResponses: 4, nRated: 3, nUnable: 1 });
	});

	it('mails the panel: the past and closed rounds refused, reminders only to those who have not submitted', async () => {
		const [round] = await db().select().from(delphiRound).where(eq(delphiRound.studyId, studyId));
		const compose = () => ({ subject: 'Round', text: 'Your link' });
		await expect(
			schedulePanelMail(coordinator, round.id, { kind: 'reminder', sendAt: null, compose })
		).rejects.toThrow(refusal('conflict', { _: ['round_closed'] }));
		const panel = await listPanel(coordinator, studyId);
		// Round 1 was submitted by the first four; a reminder queued for everyone reaches the fifth only.
		await sendPanelMail({
			roundId: round.id,
			kind: 'reminder',
			mails: panel.map((row, index) => ({
				panellistId: row.id,
				to: `panellist${index}@example.org`,
				...compose()
			}))
		});
		const sent = await db().select({ to: mailMessage.toAddress }).from(mailMessage);
		expect(sent.map((row) => row.to)).toEqual(['panellist4@example.org']);
		const reminded = await db()
			.select({ panellistId: delphiParticipation.panellistId })
			.from(delphiParticipation)
			.where(
				sql`${delphiParticipation.roundId} = ${round.id} and ${delphiParticipation.remindedAt} is not null`
			);
		expect(reminded.map((row) => row.panellistId)).toEqual([panel[4].id]);
	});

	it('round 2 asks only what is still open, with the group result and the panellist’s own rating', async () => {
		await openRound(coordinator, studyId, roundOfAWeek());
		const page = await openPanelRound(tokens[1]);
		if (page.state !== 'open') throw new Error(page.state);
		expect(page.round.number).toBe(2);
		expect(page.statements.map((s) => s.id)).toEqual([statements.b]);
		expect(page.statements[0].feedback).toMatchObject({
			previousRating: 8,
			result: { overall: { median: 6.5 } }
		});
		expect(JSON.stringify(page)).not.toContain('Expert');
		for (const [index, rating] of [8, 8, 4, 9].entries())
			await savePanelRound(tokens[index], { answers: [{ statementId: statements.b, rating }], submit: true });
		const [open] = await db()
			.select()
			.from(delphiRound)
			.where(sql`${delphiRound.closedAt} is null`);
		await expect(
			schedulePanelMail(coordinator, open.id, {
				kind: 'links',
				sendAt: new Date(Date.now() - 3_600_000),
				compose: () => ({ subject: 'Round', text: 'Your link' })
			})
		).rejects.toThrow(refusal('invalid', { sendAt: ['in_the_past'] }));
		const monitoring = await monitorRounds(coordinator, studyId);
		expect(monitoring.map((round) => [round.number, round.panel, round.saved, round.submitted])).toEqual([
			[1, 5, 5, 4],
			[2, 5, 4, 4]
		]);
		expect(monitoring[1].byGroup).toEqual([
			{ group: 'Academia', panel: 3, submitted: 3, rate: 1 },
			{ group: 'Ministries', panel: 2, submitted: 1, rate: 0.5 }
		]);
		expect(monitoring[1].droppedOut).toBe(0);
		expect(monitoring[1].notSubmitted.map((row) => row.group)).toEqual(['Ministries']);
		await closeRound(coordinator, monitoring[1].id);
		const results = await studyResults(coordinator, studyId);
		const b = results.statements.find((s) => s.id === statements.b)!;
		// 8, 8, 4, 9: 3 of 4 high (75 %) but 0 low → in. Changes 5→8, 8→8, 2→4, 9→9: two of four changed.
		expect(b.rounds.map((r) => r.outcome)).toEqual(['none', 'in']);
		expect(b.rounds[1].stability).toMatchObject({ nPaired: 4, nChanged: 2, shareChanged: 0.5 });
		expect(b.final).toBe('in');
	});

	it('puts only unsettled statements to the meeting vote', async () => {
		await expect(
			recordMeetingVote(coordinator, studyId, {
				statementId: statements.a,
				heldOn: '2026-12-01',
				votesFor: '3',
				votesAgainst: '1',
				outcome: 'in'
			})
		).rejects.toThrow(refusal('conflict', { statementId: ['not_for_meeting'] }));
		const accepted = await listAcceptedStatements(studyId);
		expect(accepted.map((trace) => trace.statementId)).toEqual([statements.a, statements.b]);
		expect(accepted[1].rounds.map((round) => round.outcome)).toEqual(['none', 'in']);
	});

	it('exports a row per statement and round', async () => {
		const file = await exportStudyResults(coordinator, studyId, 'csv', 'en');
		const lines = file.content
			.toString('utf8')
			.replace(/^\uFEFF/, '')
			.trim()
			.split(/\r?\n/);
		expect(lines[0].split(',').slice(0, 8)).toEqual([
			'domain',
			'statement_id',
			'statement',
			'round',
			'n_responses',
			'n_rated',
			'n_unable',
			'rated_1'
		]);
		expect(lines).toHaveLength(1 + 3 + 1);
		await expect(exportStudyResults(coordinator, studyId, 'pdf', 'en')).rejects.toThrow(refusal('not_found'));
	});

	it('records the meeting vote on a statement the rounds left open', async () => {
		const other = await createStudy(coordinator, { ...studyInput(programmeId), roundsPlanned: '1' });
		const { id: domainId } = await addDomain(coordinator, other.id, { title: { en: 'Evaluation' } });
		const { id: statementId } = await addStatement(coordinator, other.id, {
			domainId,
			text: { en: 'Follow-up at six months' }
		});
		const [expert] = await newPeople(1);
		await addPanellists(coordinator, other.id, { personIds: [expert], stakeholderGroup: 'NGOs' });
		const round = await openRound(coordinator, other.id, roundOfAWeek());
		const [panellist] = await listPanel(coordinator, other.id);
		await savePanelRound(panellist.token, { answers: [{ statementId, rating: 5 }], submit: true });
		await closeRound(coordinator, round.id);
		await expect(openRound(coordinator, other.id, roundOfAWeek())).rejects.toThrow(
			refusal('conflict', { _: ['no_round_left'] })
		);
		await recordMeetingVote(coordinator, other.id, {
			statementId,
			heldOn: '2026-12-01',
			votesFor: '12',
			votesAgainst: '2',
			abstentions: '1',
			outcome: 'in'
		});
		const [trace] = await listAcceptedStatements(other.id);
		expect(trace.meeting).toMatchObject({ votesFor: 12, votesAgainst: 2, abstentions: 1, outcome: 'in' });
		const participation = await db()
			.select()
			.from(delphiParticipation)
			.where(eq(delphiParticipation.roundId, round.id));
		expect(participation).toHaveLength(1);
	});
});

describe('a study’s declared languages', () => {
	it('are kept through a change, and a language outside the catalogue is refused', async () => {
		const { programmeId, coordinator } = await programmeWithCoordinator('coordinator-languages');
		const { id } = await createStudy(coordinator, {
			...studyInput(programmeId),
			title: { sl: 'Sestavine usposabljanja', en: 'Components of a training' },
			languages: ['sl', 'en']
		});
		expect((await getStudy(coordinator, id)).languages).toEqual(['sl', 'en']);
		await updateStudy(coordinator, id, { ...studyInput(programmeId), languages: ['en', 'sl', 'hr'] });
		expect((await getStudy(coordinator, id)).languages).toEqual(['en', 'sl', 'hr']);
		await expect(
			updateStudy(coordinator, id, { ...studyInput(programmeId), languages: ['en', 'x-pirate'] })
		).rejects.toThrow(refusal('invalid', { 'languages.1': ['invalid_language'] }));
		expect((await getStudy(coordinator, id)).languages).toEqual(['en', 'sl', 'hr']);
	});
});
