import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../auth/actor.js';
import { getDraft } from './draft.js';
import { addLinkMaterial, removeMaterial } from './materials.js';
import { addModule, moveModule, removeModule, updateModule } from './modules.js';
import { archivePackage, createPackage, updatePackage } from './packages.js';
import { addSession, moveSession, removeSession, updateSession } from './sessions.js';
import { testPackage, testProgramme } from '../testing/curriculum.js';
import { findVersionSummary, getVersion, listPublishedVersions, publishVersion } from './versions.js';
import { db } from '../db/client.js';
import { useTestDatabase } from '../testing/database.js';
import { newAccount, refusal, titles } from '../testing/fixtures.js';

useTestDatabase();

let ours: string;
let theirs: string;
let admin: Actor;
let coordinator: Actor;
let theirCoordinator: Actor;
let trainer: Actor;
let participant: Actor;

beforeAll(async () => {
	[ours, theirs] = [await testProgramme('OURS'), await testProgramme('THEIRS')];
	admin = await newAccount({ role: 'administrator', scope: { kind: 'platform' } });
	coordinator = await newAccount({
		role: 'programme_coordinator',
		scope: { kind: 'programme', programmeId: ours }
	});
	theirCoordinator = await newAccount({
		role: 'programme_coordinator',
		scope: { kind: 'programme', programmeId: theirs }
	});
	trainer = await newAccount({ role: 'trainer', scope: { kind: 'platform' } });
	participant = await newAccount({ role: 'participant', scope: { kind: 'platform' } });
});

describe('editing the draft', () => {
	it('adds, changes, moves and removes modules and sessions, keeping places without gaps', async () => {
		const { id, moduleId, sessionId } = await testPackage(coordinator, ours);
		const second = await addModule(coordinator, id, {
			title: { en: 'Mental health' },
			topic: 'mental_health'
		});
		const third = await addModule(coordinator, id, { title: { en: 'Intercultural work' } });
		await moveModule(coordinator, id, third.id, { position: '1' });
		let draft = await getDraft(coordinator, id);
		expect(titles(draft.modules)).toEqual(['Intercultural work', 'Communicable diseases', 'Mental health']);

		await updateModule(coordinator, id, second.id, { title: { en: 'Mental health', fr: 'Santé mentale' } });
		await removeModule(coordinator, id, third.id);
		await moveModule(coordinator, id, second.id, { position: '1' });
		draft = await getDraft(coordinator, id);
		expect(titles(draft.modules)).toEqual(['Mental health', 'Communicable diseases']);
		expect(draft.modules[0]).toMatchObject({ title: { fr: 'Santé mentale' }, topic: 'mental_health' });

		const hepatitis = await addSession(coordinator, id, moduleId, {
			title: { en: 'Hepatitis B and C' },
			durationMinutes: '45',
			editions: ['trainee']
		});
		const facilitation = await addSession(coordinator, id, moduleId, {
			title: { en: 'Facilitating the TB session' },
			durationMinutes: '30',
			editions: ['trainer'],
			trainerNotes: { en: 'Use the case of Amal' }
		});
		await moveSession(coordinator, id, facilitation.id, { position: '1' });
		await updateSession(coordinator, id, sessionId, {
			objectives: [{ en: 'Describe how TB spreads', fr: 'Décrire la transmission de la tuberculose' }],
			methods: ['lecture', 'case_study']
		});
		await removeSession(coordinator, id, hepatitis.id);
		draft = await getDraft(coordinator, id);
		const sessions = draft.modules[1].sessions;
		expect(titles(sessions)).toEqual(['Facilitating the TB session', 'Tuberculosis']);
		expect(sessions[1]).toMatchObject({
			objectives: [{ en: 'Describe how TB spreads', fr: 'Décrire la transmission de la tuberculose' }],
			methods: ['case_study', 'lecture'],
			durationMinutes: 60
		});
	});

	it('refuses bad input beside the field, and parts of another package as not found', async () => {
		const mine = await testPackage(coordinator, ours, 'Mine');
		const other = await testPackage(coordinator, ours, 'Other');
		await expect(
			addSession(coordinator, mine.id, mine.moduleId, {
				title: { en: 'X' },
				durationMinutes: '2',
				editions: []
			})
		).rejects.toThrow(
			refusal('invalid', { durationMinutes: ['invalid_duration'], editions: ['choose_an_edition'] })
		);
		await expect(moveModule(coordinator, mine.id, mine.moduleId, { position: '0' })).rejects.toThrow(
			refusal('invalid', { position: ['invalid_position'] })
		);
		await expect(
			updateSession(coordinator, mine.id, other.sessionId, { title: { en: 'Stolen' } })
		).rejects.toThrow(refusal('not_found'));
		await expect(addSession(coordinator, mine.id, other.moduleId, { title: { en: 'X' } })).rejects.toThrow(
			refusal('not_found')
		);
		await expect(removeModule(coordinator, mine.id, 'not-an-id')).rejects.toThrow(refusal('not_found'));
	});

	it('is its editors’ alone: others may neither read nor change it', async () => {
		const { id, moduleId } = await testPackage(coordinator, ours);
		for (const actor of [theirCoordinator, trainer, participant]) {
			await expect(getDraft(actor, id)).rejects.toThrow(refusal('forbidden'));
			await expect(addModule(actor, id, { title: { en: 'Intruder' } })).rejects.toThrow(refusal('forbidden'));
			await expect(removeModule(actor, id, moduleId)).rejects.toThrow(refusal('forbidden'));
			await expect(publishVersion(actor, id, {})).rejects.toThrow(refusal('forbidden'));
		}
		expect(titles((await getDraft(admin, id)).modules)).toEqual(['Communicable diseases']);
	});
});

describe('publishing', () => {
	it('freezes the draft as version 1, 2…; later edits change the draft only', async () => {
		const { id, moduleId, sessionId } = await testPackage(coordinator, ours, 'Frozen');
		await addLinkMaterial(coordinator, id, sessionId, {
			title: { en: 'WHO video' },
			url: 'https://example.org/tb-video',
			language: 'en'
		});
		const first = await publishVersion(coordinator, id, { note: 'For the ToT in Athens' });
		expect(first.number).toBe(1);
		const published = await getVersion(coordinator, id, 1);
		const { languages, ...frozen } = await getDraft(coordinator, id);
		expect(languages).toEqual(['en', 'fr', 'ar']);
		expect(published.content).toEqual(frozen);

		await updateModule(coordinator, id, moduleId, { title: { en: 'Infectious diseases' } });
		await updateSession(coordinator, id, sessionId, { durationMinutes: '90' });
		const [material] = (await getDraft(coordinator, id)).modules[0].sessions[0].materials;
		await removeMaterial(coordinator, id, material.id);
		await addModule(coordinator, id, { title: { en: 'Mental health' } });
		await updatePackage(coordinator, id, { title: { en: 'Frozen, second edition' } });

		const draft = await getDraft(coordinator, id);
		expect(titles(draft.modules)).toEqual(['Infectious diseases', 'Mental health']);
		// A change names only what changes: the objectives stay.
		expect(draft.modules[0].sessions[0]).toMatchObject({
			durationMinutes: 90,
			objectives: [{ en: 'Describe how TB spreads' }],
			materials: []
		});
		const still = await getVersion(trainer, id, 1);
		expect(still).toMatchObject({ number: 1, note: 'For the ToT in Athens' });
		expect(still.content).toEqual(published.content);
		expect(still.content.modules[0].sessions[0].materials).toHaveLength(1);

		const second = await publishVersion(coordinator, id, {});
		expect(second.number).toBe(2);
		expect((await getVersion(trainer, id, 2)).content.title.en).toBe('Frozen, second edition');
		expect((await getVersion(trainer, id, 1)).content).toEqual(published.content);
		expect(await findVersionSummary(db(), first.id)).toEqual({
			id: first.id,
			packageId: id,
			number: 1,
			title: { en: 'Frozen', fr: 'Frozen (fr)' }
		});
	});

	it('refuses a package with no session, and a draft unchanged since the latest version', async () => {
		const { id } = await createPackage(coordinator, { title: { en: 'Empty' }, programmeId: ours });
		await expect(publishVersion(coordinator, id, {})).rejects.toThrow(
			refusal('invalid', { _: ['package_has_no_sessions'] })
		);
		const full = await testPackage(coordinator, ours, 'Once');
		await publishVersion(coordinator, full.id, {});
		await expect(publishVersion(coordinator, full.id, { note: 'Again' })).rejects.toThrow(
			refusal('conflict', { _: ['no_change_since_latest_version'] })
		);
		await expect(publishVersion(coordinator, full.id, { note: 'x'.repeat(1001) })).rejects.toThrow(
			refusal('invalid', { note: ['too_long'] })
		);
	});

	it('gives two publications at once two numbers', async () => {
		const a = await testPackage(coordinator, ours, 'Race');
		await publishVersion(coordinator, a.id, {});
		await addModule(coordinator, a.id, { title: { en: 'More' } });
		const results = await Promise.allSettled([
			publishVersion(coordinator, a.id, {}),
			publishVersion(coordinator, a.id, {})
		]);
		// The second waits for the first, then finds nothing new to publish.
		expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
	});
});

describe('reading versions', () => {
	it('lets readers read the versions of a published package, and nobody read a missing one', async () => {
		const { id } = await testPackage(coordinator, ours, 'Readable');
		await expect(getVersion(trainer, id, 1)).rejects.toThrow(refusal('forbidden'));
		await publishVersion(coordinator, id, {});
		expect((await getVersion(trainer, id, 1)).number).toBe(1);
		await expect(getVersion(trainer, id, 2)).rejects.toThrow(refusal('not_found'));
		await expect(getVersion(participant, id, 1)).rejects.toThrow(refusal('forbidden'));
	});

	it('lists the published versions events may name, by programme, leaving archived packages out', async () => {
		const ourPackage = await testPackage(coordinator, ours, 'AAA ours');
		const theirPackage = await testPackage(admin, theirs, 'AAA theirs');
		const general = await testPackage(admin, null, 'AAA general');
		const archived = await testPackage(coordinator, ours, 'AAA archived');
		for (const { id } of [ourPackage, theirPackage, general, archived]) await publishVersion(admin, id, {});
		await addModule(admin, ourPackage.id, { title: { en: 'New module' } });
		await publishVersion(admin, ourPackage.id, {});
		await archivePackage(admin, archived.id);

		const choices = await listPublishedVersions(trainer, { locale: 'en', programmeId: ours });
		const shown = choices.filter((c) => c.title.en?.startsWith('AAA'));
		expect(shown.map((c) => [c.title.en, c.number])).toEqual([
			['AAA general', 1],
			['AAA ours', 2],
			['AAA ours', 1]
		]);
		expect(shown[1]).toMatchObject({ packageId: ourPackage.id, programmeId: ours });
		await expect(listPublishedVersions(participant, { locale: 'en' })).rejects.toThrow(refusal('forbidden'));
	});
});
