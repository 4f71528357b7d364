// A lone member of a stakeholder group, against PostgreSQL: their rating is not shown on its own,
// nor left to work out as the whole panel minus the groups shown, on the panel's page, in the
// results, the export and the API; and the study's minimum is fixed when round 1 opens.
import { beforeAll, describe, expect, it } from 'vitest';
import * as results from '../../../routes/api/v1/delphi/studies/[id]/results/+server.js';
import { summarise } from '../../delphi/consensus.js';
import { send } from '../testing/api.js';
import type { Actor } from '../auth/actor.js';
import { db } from '../db/client.js';
import { delphiRound } from '../db/schema/delphi.js';
import { useTestDatabase } from '../testing/database.js';
import {
	newPeople,
	nineScaleStudyInput,
	programmeWithCoordinator,
	refusal,
	roundOfAWeek
} from '../testing/fixtures.js';
import { addPanellists, listPanel } from './panel.js';
import { openPanelRound, savePanelRound } from './panel-round.js';
import { exportStudyResults, studyResults } from './results.js';
import { closeRound, openRound } from './rounds.js';
import { addDomain, addStatement, createStudy, getStudy, updateStudy } from './studies.js';

useTestDatabase();

let coordinator: Actor;
let programmeId: string;
let studyId: string;
let statementId: string;
/** Tokens by group: Academia rates 7, 8, 9, 8; NGOs 4, 5, 6; the one Ministry official 1. */
const tokens: Record<'Academia' | 'NGOs' | 'Ministries', string[]> = {
	Academia: [],
	NGOs: [],
	Ministries: []
};
const ratings = { Academia: [7, 8, 9, 8], NGOs: [4, 5, 6], Ministries: [1] };

const input = () => nineScaleStudyInput(programmeId, 'Small groups');

beforeAll(async () => {
	({ programmeId, coordinator } = await programmeWithCoordinator('coordinator-small-groups'));
	({ id: studyId } = await createStudy(coordinator, input()));
	const { id: domainId } = await addDomain(coordinator, studyId, { title: { en: 'Delivery' } });
	({ id: statementId } = await addStatement(coordinator, studyId, {
		domainId,
		text: { en: 'Sessions last a day' }
	}));
	for (const [group, groupRatings] of Object.entries(ratings)) {
		const people = await newPeople(groupRatings.length);
		await addPanellists(coordinator, studyId, { personIds: people, stakeholderGroup: group });
	}
	for (const row of await listPanel(coordinator, studyId))
		tokens[row.stakeholderGroup as keyof typeof tokens].push(row.token);
});

describe('the smallest stakeholder group shown', () => {
	it('is 3 unless set, from 2 to 100, and can change until round 1 opens', async () => {
		expect((await getStudy(coordinator, studyId)).minGroupSize).toBe(3);
		for (const minGroupSize of ['1', '101', 'two'])
			await expect(updateStudy(coordinator, studyId, { ...input(), minGroupSize })).rejects.toThrow(
				refusal('invalid', { minGroupSize: ['invalid_min_group_size'] })
			);
		await updateStudy(coordinator, studyId, { ...input(), minGroupSize: '4' });
		expect((await getStudy(coordinator, studyId)).minGroupSize).toBe(4);
		await updateStudy(coordinator, studyId, { ...input(), minGroupSize: '3' });
	});

	it('is fixed when round 1 opens, like the rule', async () => {
		await openRound(coordinator, studyId, roundOfAWeek());
		await expect(updateStudy(coordinator, studyId, { ...input(), minGroupSize: '2' })).rejects.toThrow(
			refusal('conflict', { minGroupSize: ['min_group_size_fixed'] })
		);
		await updateStudy(coordinator, studyId, { ...input(), title: { en: 'Small groups, renamed' } });
		expect((await getStudy(coordinator, studyId)).minGroupSize).toBe(3);
	});

	it('hides the lone Ministry official and the group that would give them away, everywhere', async () => {
		for (const group of ['Academia', 'NGOs', 'Ministries'] as const)
			for (const [index, token] of tokens[group].entries())
				await savePanelRound(token, {
					answers: [{ statementId, rating: ratings[group][index] }],
					submit: true
				});
		const [round] = await db().select().from(delphiRound);
		await closeRound(coordinator, round.id);
		await openRound(coordinator, studyId, roundOfAWeek());

		// NGOs and the Ministry official shown together: the panel minus Academia, 4 ratings.
		const expected = {
			overall: summarise([7, 8, 9, 8, 4, 5, 6, 1], 'nine'),
			byGroup: { Academia: summarise([7, 8, 9, 8], 'nine') },
			otherGroups: summarise([4, 5, 6, 1], 'nine')
		};
		for (const token of [tokens.Ministries[0], tokens.NGOs[0]]) {
			const page = await openPanelRound(token);
			if (page.state !== 'open') throw new Error(page.state);
			expect(page.study.minGroupSize).toBe(3);
			expect(page.statements[0].feedback?.result).toEqual(expected);
			expect(JSON.stringify(page)).not.toMatch(/Ministries|NGOs/);
		}

		const [statement] = (await studyResults(coordinator, studyId)).statements;
		expect(statement.rounds[0].result).toEqual(expected);

		const csv = (await exportStudyResults(coordinator, studyId, 'csv', 'en')).content.toString('utf8');
		const api = await send(results.GET, {
			path: `/delphi/studies/${studyId}/results`,
			params: { id: studyId },
			actor: coordinator
		});
		expect(api.status).toBe(200);
		for (const text of [csv, JSON.stringify(api.body)]) expect(text).not.toMatch(/Ministries|NGOs|Academia/);
	});
});
