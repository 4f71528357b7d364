import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../auth/actor.js';
import { testProgramme } from '../testing/curriculum.js';
import { db } from '../db/client.js';
import { delphiMeetingVote } from '../db/schema/delphi.js';
import { programmeCountry } from '../db/schema/programmes.js';
import { useTestDatabase } from '../testing/database.js';
import { coordinatorOf, focalPointOf, newAccount, refusal, titles } from '../testing/fixtures.js';
import { createFramework, getFramework, listFrameworks, updateFramework } from './frameworks.js';
import { getDraftStatus, getFrameworkVersion, publishFramework } from './publish-framework.js';
import { listStatementChoices, setComponentStatements } from './statements.js';
import {
	addComponent,
	addSection,
	moveComponent,
	moveSection,
	removeComponent,
	removeSection,
	renameSection,
	updateComponent
} from './structure.js';
import { fourStatements, testStudy } from '../testing/delphi-study.js';

useTestDatabase();

let ours: string;
let theirs: string;
let study: { studyId: string; statementIds: string[] };
let theirStudy: { studyId: string; statementIds: string[] };
let coordinator: Actor;
let theirCoordinator: Actor;
let focalGreece: Actor;
let focalMalta: Actor;
let trainer: Actor;

beforeAll(async () => {
	[ours, theirs] = [await testProgramme('OURS'), await testProgramme('THEIRS')];
	await db()
		.insert(programmeCountry)
		.values({ programmeId: ours, countryCode: 'GR', participation: 'pilot' });
	study = await testStudy(ours, { en: 'Components of training' }, fourStatements);
	theirStudy = await testStudy(theirs, { en: 'Their study' }, fourStatements.slice(0, 1));
	coordinator = await newAccount(coordinatorOf(ours));
	theirCoordinator = await newAccount(coordinatorOf(theirs));
	focalGreece = await newAccount(focalPointOf('GR'));
	focalMalta = await newAccount(focalPointOf('MT'));
	trainer = await newAccount({ role: 'trainer', scope: { kind: 'platform' } });
});

async function newFramework(title = 'Training framework') {
	return createFramework(coordinator, {
		programmeId: ours,
		studyId: study.studyId,
		title: { en: title, fr: `${title} (fr)` },
		summary: { en: 'What a training holds' }
	});
}

describe('building the draft', () => {
	it('adds, renames, moves and removes sections and components, keeping places without gaps', async () => {
		const { id } = await newFramework();
		const programme = await addSection(coordinator, id, { title: { en: 'Programme' } });
		const delivery = await addSection(coordinator, id, { title: { en: 'Delivery' } });
		const evaluation = await addSection(coordinator, id, { title: { en: 'Evaluation' } });
		await moveSection(coordinator, id, evaluation.id, { position: '1' });
		await renameSection(coordinator, id, delivery.id, {
			title: { en: 'Its delivery', fr: 'Sa mise en œuvre' }
		});
		const trainers = await addComponent(coordinator, id, programme.id, {
			title: { en: 'Trainers' },
			description: { en: 'Who trains' }
		});
		const language = await addComponent(coordinator, id, programme.id, { title: { en: 'Language' } });
		const length = await addComponent(coordinator, id, programme.id, { title: { en: 'Length' } });
		await moveComponent(coordinator, id, language.id, { position: '1', sectionId: delivery.id });
		await moveComponent(coordinator, id, length.id, { position: '1' });
		await updateComponent(coordinator, id, trainers.id, {
			description: { en: 'Who trains, and how they were trained' }
		});
		let draft = (await getFramework(coordinator, id)).draft!;
		expect(titles(draft.sections)).toEqual(['Evaluation', 'Programme', 'Its delivery']);
		expect(titles(draft.sections[1].components)).toEqual(['Length', 'Trainers']);
		expect(draft.sections[1].components[1].description).toEqual({
			en: 'Who trains, and how they were trained'
		});
		expect(titles(draft.sections[2].components)).toEqual(['Language']);

		await removeComponent(coordinator, id, length.id);
		await removeSection(coordinator, id, evaluation.id);
		draft = (await getFramework(coordinator, id)).draft!;
		expect(titles(draft.sections)).toEqual(['Programme', 'Its delivery']);
		expect(titles(draft.sections[0].components)).toEqual(['Trainers']);
	});

	it('refuses a study of another programme, and a programme the coordinator does not edit', async () => {
		await expect(
			createFramework(coordinator, { programmeId: ours, studyId: theirStudy.studyId, title: { en: 'X' } })
		).rejects.toEqual(refusal('invalid', { studyId: ['study_not_in_programme'] }));
		await expect(createFramework(coordinator, { programmeId: theirs, title: { en: 'X' } })).rejects.toEqual(
			refusal('forbidden', { programmeId: ['programme_outside_scope'] })
		);
		await expect(createFramework(coordinator, { programmeId: ours, title: {} })).rejects.toEqual(
			refusal('invalid', { title: ['localized_required'] })
		);
	});

	it('keeps the draft to its editors', async () => {
		const { id } = await newFramework();
		await expect(addSection(theirCoordinator, id, { title: { en: 'Theirs' } })).rejects.toEqual(
			refusal('forbidden')
		);
		// Unpublished, it does not exist for readers of the programme.
		await expect(getFramework(focalGreece, id)).rejects.toEqual(refusal('not_found'));
		await expect(getFramework(trainer, id)).rejects.toEqual(refusal('forbidden'));
	});
});

describe('the statements a component rests on', () => {
	it('offers the statements the study accepted, in a round or at the meeting, with their traces', async () => {
		const { id } = await newFramework();
		const { scale, statements: choices } = await listStatementChoices(coordinator, id);
		expect(scale).toBe('nine');
		expect(choices.map((choice) => choice.statementId)).toEqual(study.statementIds.slice(0, 2));
		expect(choices[0].rounds).toEqual([
			{ number: 1, nRated: 12, median: 8, iqr: 1, percentHigh: 83.3, outcome: 'in' }
		]);
		expect(choices[1].meeting).toEqual({
			heldOn: '2018-01-31',
			votesFor: 14,
			votesAgainst: 2,
			abstentions: 1,
			outcome: 'in'
		});
	});

	it('attaches accepted statements and refuses, changing nothing, one voted out, undecided or of another study', async () => {
		const { id } = await newFramework();
		const section = await addSection(coordinator, id, { title: { en: 'Programme' } });
		const component = await addComponent(coordinator, id, section.id, { title: { en: 'Trainers' } });
		const [inRound, inMeeting, out, undecided] = study.statementIds;
		await setComponentStatements(coordinator, id, component.id, { statementIds: [inMeeting, inRound] });
		for (const refused of [out, undecided, theirStudy.statementIds[0]])
			await expect(
				setComponentStatements(coordinator, id, component.id, { statementIds: [inRound, refused] })
			).rejects.toEqual(refusal('invalid', { statementIds: ['statement_not_accepted'] }));
		const draft = (await getFramework(coordinator, id)).draft!;
		expect(draft.sections[0].components[0].statementIds.sort()).toEqual([inRound, inMeeting].sort());
	});

	it('refuses statements to a framework of no study', async () => {
		const { id } = await createFramework(coordinator, { programmeId: ours, title: { en: 'Free' } });
		const section = await addSection(coordinator, id, { title: { en: 'Programme' } });
		const component = await addComponent(coordinator, id, section.id, { title: { en: 'Trainers' } });
		await expect(
			setComponentStatements(coordinator, id, component.id, { statementIds: [study.statementIds[0]] })
		).rejects.toEqual(refusal('invalid', { statementIds: ['framework_has_no_study'] }));
	});

	it('keeps the study while components rest on its statements', async () => {
		const { id } = await newFramework();
		const section = await addSection(coordinator, id, { title: { en: 'Programme' } });
		const component = await addComponent(coordinator, id, section.id, { title: { en: 'Trainers' } });
		await setComponentStatements(coordinator, id, component.id, { statementIds: [study.statementIds[0]] });
		await expect(updateFramework(coordinator, id, { studyId: '' })).rejects.toEqual(
			refusal('conflict', { studyId: ['framework_has_statements'] })
		);
	});
});

describe('publishing', () => {
	it('freezes the tree with its traces as version 1, then 2; version 1 never changes', async () => {
		const { id } = await newFramework();
		await expect(publishFramework(coordinator, id)).rejects.toEqual(
			refusal('invalid', { _: ['framework_has_no_components'] })
		);
		const section = await addSection(coordinator, id, { title: { en: 'Programme' } });
		const component = await addComponent(coordinator, id, section.id, { title: { en: 'Trainers' } });
		const [inRound, inMeeting] = study.statementIds;
		// Attached meeting first: a version lists them in the study's order.
		await setComponentStatements(coordinator, id, component.id, { statementIds: [inMeeting, inRound] });
		expect(await publishFramework(coordinator, id)).toEqual({ number: 1 });
		const first = await getFrameworkVersion(coordinator, id, 1);
		expect(first.scale).toBe('nine');
		expect(first.content).toEqual({
			title: { en: 'Training framework', fr: 'Training framework (fr)' },
			summary: { en: 'What a training holds' },
			study: { id: study.studyId, title: { en: 'Components of training' } },
			sections: [
				{
					title: { en: 'Programme' },
					components: [
						{
							id: component.id,
							title: { en: 'Trainers' },
							description: null,
							statements: [
								{
									statementId: inRound,
									text: fourStatements[0].text,
									domain: { en: 'Delivery', fr: 'Mise en œuvre' },
									rounds: [{ number: 1, nRated: 12, median: 8, iqr: 1, percentHigh: 83.3, outcome: 'in' }],
									meeting: null
								},
								{
									statementId: inMeeting,
									text: fourStatements[1].text,
									domain: { en: 'Delivery', fr: 'Mise en œuvre' },
									rounds: [
										{ number: 1, nRated: 12, median: 6, iqr: 3, percentHigh: 50, outcome: 'none' },
										{ number: 2, nRated: 11, median: 7, iqr: 2, percentHigh: 60, outcome: 'none' }
									],
									meeting: {
										heldOn: '2018-01-31',
										votesFor: 14,
										votesAgainst: 2,
										abstentions: 1,
										outcome: 'in'
									}
								}
							]
						}
					]
				}
			]
		});
		await expect(publishFramework(coordinator, id)).rejects.toEqual(
			refusal('conflict', { _: ['no_change_since_latest_version'] })
		);
		expect(await getDraftStatus(coordinator, id)).toEqual({
			latest: { number: 1, isSameAsDraft: true },
			problem: null
		});

		await updateFramework(coordinator, id, { title: { en: 'Training framework, revised' } });
		await renameSection(coordinator, id, section.id, { title: { en: 'The programme' } });
		await setComponentStatements(coordinator, id, component.id, { statementIds: [inRound] });
		expect(await publishFramework(coordinator, id)).toEqual({ number: 2 });
		expect((await getFrameworkVersion(coordinator, id, 1)).content).toEqual(first.content);
		const second = await getFrameworkVersion(coordinator, id, 2);
		expect(second.content.title).toEqual({ en: 'Training framework, revised' });
		expect(second.content.sections[0].components[0].statements.map((trace) => trace.statementId)).toEqual([
			inRound
		]);
		expect((await getFramework(coordinator, id)).versions.map((version) => version.number)).toEqual([2, 1]);
	});

	it('refuses to publish a statement the meeting has since voted out', async () => {
		const { id } = await newFramework();
		const section = await addSection(coordinator, id, { title: { en: 'Programme' } });
		const component = await addComponent(coordinator, id, section.id, { title: { en: 'Language' } });
		const inMeeting = study.statementIds[1];
		await setComponentStatements(coordinator, id, component.id, { statementIds: [inMeeting] });
		await db()
			.update(delphiMeetingVote)
			.set({ outcome: 'out' })
			.where(eq(delphiMeetingVote.statementId, inMeeting));
		try {
			await expect(publishFramework(coordinator, id)).rejects.toEqual(
				refusal('conflict', { _: ['statement_no_longer_accepted'] })
			);
			expect((await getDraftStatus(coordinator, id)).problem).toBe('statement_no_longer_accepted');
		} finally {
			await db()
				.update(delphiMeetingVote)
				.set({ outcome: 'in' })
				.where(eq(delphiMeetingVote.statementId, inMeeting));
		}
	});

	it('lets whoever reads the programme read its published versions, and nobody else', async () => {
		const { id } = await newFramework('Read widely');
		const section = await addSection(coordinator, id, { title: { en: 'Programme' } });
		await addComponent(coordinator, id, section.id, { title: { en: 'Trainers' } });
		await publishFramework(coordinator, id);
		await updateFramework(coordinator, id, { title: { en: 'Draft title, unpublished' } });

		const read = await getFramework(focalGreece, id);
		expect(read).toMatchObject({ canEdit: false, draft: null, title: { en: 'Read widely' } });
		expect((await getFrameworkVersion(focalGreece, id, 1)).content.title.en).toBe('Read widely');
		expect((await listFrameworks(focalGreece, { locale: 'en' })).map((row) => row.title.en)).toContain(
			'Read widely'
		);
		for (const outsider of [focalMalta, theirCoordinator]) {
			await expect(getFrameworkVersion(outsider, id, 1)).rejects.toEqual(refusal('forbidden'));
			expect((await listFrameworks(outsider, { locale: 'en' })).map((row) => row.id)).not.toContain(id);
		}
		await expect(getFrameworkVersion(trainer, id, 1)).rejects.toEqual(refusal('forbidden'));
		await expect(getFrameworkVersion(coordinator, id, 3)).rejects.toEqual(refusal('not_found'));
	});
});
