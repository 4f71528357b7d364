import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../auth/actor.js';
import { testPackage, testProgramme } from '../testing/curriculum.js';
import { getDraftStatus, publishVersion } from '../curriculum/versions.js';
import { useTestDatabase } from '../testing/database.js';
import { newAccount, refusal } from '../testing/fixtures.js';
import { createFramework } from './frameworks.js';
import { getModuleCitations, listPackageCitations, setModuleCitations } from './module-citations.js';
import { publishFramework } from './publish-framework.js';
import { addComponent, addSection, removeComponent, removeSection, updateComponent } from './structure.js';

useTestDatabase();

let ours: string;
let theirs: string;
let coordinator: Actor;
let theirCoordinator: Actor;
let trainer: Actor;

beforeAll(async () => {
	[ours, theirs] = [await testProgramme('OURS'), await testProgramme('THEIRS')];
	coordinator = await newAccount({
		role: 'programme_coordinator',
		scope: { kind: 'programme', programmeId: ours }
	});
	theirCoordinator = await newAccount({
		role: 'programme_coordinator',
		scope: { kind: 'programme', programmeId: theirs }
	});
	trainer = await newAccount({ role: 'trainer', scope: { kind: 'platform' } });
});

/** A framework of `programmeId` with one section of two components, published when asked. */
async function framework(editor: Actor, programmeId: string, publish: boolean) {
	const { id } = await createFramework(editor, {
		programmeId,
		title: { en: `Framework of ${programmeId.slice(0, 4)}` }
	});
	const section = await addSection(editor, id, { title: { en: 'Delivery' } });
	const language = await addComponent(editor, id, section.id, { title: { en: 'Language' } });
	const trainers = await addComponent(editor, id, section.id, { title: { en: 'Trainers' } });
	if (publish) await publishFramework(editor, id);
	return { id, section: section.id, language: language.id, trainers: trainers.id };
}

describe('modules citing framework components', () => {
	it('offers the published components of the package’s programme, and keeps the chosen ones', async () => {
		const published = await framework(coordinator, ours, true);
		const draftOnly = await framework(coordinator, ours, false);
		const elsewhere = await framework(theirCoordinator, theirs, true);
		const pkg = await testPackage(coordinator, ours);

		const { choices, cited } = await getModuleCitations(coordinator, pkg.id, pkg.moduleId);
		expect(choices.map((choice) => [choice.title.en, choice.sectionTitle.en, choice.versionNumber])).toEqual([
			['Language', 'Delivery', 1],
			['Trainers', 'Delivery', 1]
		]);
		expect(cited).toEqual([]);

		await setModuleCitations(coordinator, pkg.id, pkg.moduleId, { componentIds: [published.trainers] });
		expect((await getModuleCitations(coordinator, pkg.id, pkg.moduleId)).cited).toEqual([published.trainers]);
		// Choosing citations is no change to the package's outline.
		expect((await getDraftStatus(coordinator, pkg.id)).latest).toBeNull();

		for (const refused of [draftOnly.language, elsewhere.language])
			await expect(
				setModuleCitations(coordinator, pkg.id, pkg.moduleId, { componentIds: [published.language, refused] })
			).rejects.toEqual(refusal('invalid', { componentIds: ['component_not_published'] }));
		expect((await getModuleCitations(coordinator, pkg.id, pkg.moduleId)).cited).toEqual([published.trainers]);
		await expect(
			setModuleCitations(theirCoordinator, pkg.id, pkg.moduleId, { componentIds: [] })
		).rejects.toEqual(refusal('forbidden'));
	});

	it('shows the package’s readers the components its published modules cite, named as last published', async () => {
		const cited = await framework(coordinator, ours, true);
		const pkg = await testPackage(coordinator, ours, 'Cited package');
		await setModuleCitations(coordinator, pkg.id, pkg.moduleId, {
			componentIds: [cited.language, cited.trainers]
		});
		await updateComponent(coordinator, cited.id, cited.language, {
			title: { en: 'Language of the sessions' }
		});
		await publishFramework(coordinator, cited.id);
		// Unpublished renaming is not shown.
		await updateComponent(coordinator, cited.id, cited.language, { title: { en: 'Draft name' } });

		await expect(listPackageCitations(trainer, pkg.id)).rejects.toEqual(refusal('forbidden'));
		await publishVersion(coordinator, pkg.id, {});
		const shown = await listPackageCitations(trainer, pkg.id);
		expect(shown).toHaveLength(1);
		expect(shown[0]).toMatchObject({ moduleId: pkg.moduleId, moduleTitle: { en: 'Communicable diseases' } });
		expect(shown[0].components.map((component) => [component.title.en, component.versionNumber])).toEqual(
			expect.arrayContaining([
				['Language of the sessions', 2],
				['Trainers', 2]
			])
		);
		// A trainer reads packages, not frameworks: the names are shown, the framework is not linked.
		expect(shown[0].components.every((component) => !component.canOpen)).toBe(true);
		expect((await listPackageCitations(coordinator, pkg.id))[0].components.every((c) => c.canOpen)).toBe(
			true
		);

		// A cited component cannot leave the draft, alone or with its section, until no module cites it.
		await expect(removeComponent(coordinator, cited.id, cited.trainers)).rejects.toEqual(
			refusal('conflict', { _: ['component_cited'] })
		);
		await expect(removeSection(coordinator, cited.id, cited.section)).rejects.toEqual(
			refusal('conflict', { _: ['component_cited'] })
		);
		expect((await listPackageCitations(coordinator, pkg.id))[0].components).toHaveLength(2);
		await setModuleCitations(coordinator, pkg.id, pkg.moduleId, { componentIds: [cited.language] });
		await removeComponent(coordinator, cited.id, cited.trainers);
		expect((await listPackageCitations(coordinator, pkg.id))[0].components.map((c) => c.title.en)).toEqual([
			'Language of the sessions'
		]);
	});
});
