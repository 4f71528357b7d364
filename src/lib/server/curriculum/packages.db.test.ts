import { beforeAll, describe, expect, it } from 'vitest';
import { publicActor, type Actor } from '../auth/actor.js';
import { trainingPackage } from '../db/schema/curriculum.js';
import { useTestDatabase } from '../testing/database.js';
import { countRows, newAccount, refusal } from '../testing/fixtures.js';
import {
	archivePackage,
	createPackage,
	getPackage,
	listPackagePlaces,
	listPackageProgrammes,
	listPackages,
	restorePackage,
	updatePackage
} from './packages.js';
import { testPackage, testProgramme } from '../testing/curriculum.js';
import { publishVersion } from './versions.js';
import { getDraft } from './draft.js';
import { missingTranslations, textKey } from '../../curriculum/missing.js';

useTestDatabase();

let ours: string;
let theirs: string;
let admin: Actor;
let coordinator: Actor;
let focalPoint: Actor;
let trainer: Actor;
let participant: Actor;

beforeAll(async () => {
	[ours, theirs] = [await testProgramme('OURS'), await testProgramme('THEIRS')];
	admin = await newAccount({ role: 'administrator', scope: { kind: 'platform' } });
	coordinator = await newAccount({
		role: 'programme_coordinator',
		scope: { kind: 'programme', programmeId: ours }
	});
	focalPoint = await newAccount({
		role: 'country_focal_point',
		scope: { kind: 'countries', countryCodes: ['GR'] }
	});
	trainer = await newAccount({ role: 'trainer', scope: { kind: 'platform' } });
	participant = await newAccount({ role: 'participant', scope: { kind: 'platform' } });
});

const packageCount = () => countRows(trainingPackage);

describe('creating a package', () => {
	it('keeps its titles, summary and audiences in the chosen programme', async () => {
		const { id } = await createPackage(coordinator, {
			title: { en: 'Mental health of migrants', fr: 'Santé mentale des migrants', ar: '' },
			summary: { en: 'Trauma-informed care' },
			programmeId: ours,
			audiences: ['trainers', 'health_professionals']
		});
		const details = await getPackage(coordinator, id);
		expect(details).toMatchObject({
			title: { en: 'Mental health of migrants', fr: 'Santé mentale des migrants' },
			summary: { en: 'Trauma-informed care' },
			audiences: ['health_professionals', 'trainers'],
			programme: { id: ours, acronym: 'OURS' },
			canEdit: true,
			versions: []
		});
	});

	it('refuses, beside the programme, a programme the coordinator does not run, none, or one that does not exist', async () => {
		const before = await packageCount();
		for (const programmeId of [theirs, ''])
			await expect(createPackage(coordinator, { title: { en: 'Elsewhere' }, programmeId })).rejects.toThrow(
				refusal('forbidden', { programmeId: ['programme_outside_scope'] })
			);
		await expect(
			createPackage(admin, { title: { en: 'Nowhere' }, programmeId: '00000000-0000-4000-8000-00000000dead' })
		).rejects.toThrow(refusal('invalid', { programmeId: ['unknown_programme'] }));
		expect(await packageCount()).toBe(before);
	});

	it('refuses bad input field by field, and everyone who does not edit packages', async () => {
		await expect(
			createPackage(coordinator, { title: { en: '' }, programmeId: ours, audiences: ['pilots'] })
		).rejects.toThrow(
			refusal('invalid', { title: ['localized_required'], 'audiences.0': ['invalid_choice'] })
		);
		for (const actor of [focalPoint, trainer, participant])
			await expect(createPackage(actor, { title: { en: 'X' }, programmeId: ours })).rejects.toThrow(
				refusal('forbidden')
			);
		await expect(createPackage(publicActor, { title: { en: 'X' } })).rejects.toThrow(
			refusal('unauthenticated')
		);
	});

	it('offers the programmes the actor may put a package in', async () => {
		const places = await listPackagePlaces(coordinator, 'en');
		expect(places).toEqual({ programmes: [expect.objectContaining({ id: ours })], allowsNoProgramme: false });
		const everywhere = await listPackagePlaces(admin, 'en');
		expect(everywhere.allowsNoProgramme).toBe(true);
		expect(everywhere.programmes.map((p) => p.id)).toEqual(expect.arrayContaining([ours, theirs]));
		await expect(listPackagePlaces(trainer, 'en')).rejects.toThrow(refusal('forbidden'));
	});
});

describe('changing a package', () => {
	it('changes its details, and moves it only to a programme the editor runs', async () => {
		const { id } = await testPackage(admin, ours, 'Movable');
		await updatePackage(coordinator, id, { title: { en: 'Renamed' }, audiences: ['social_workers'] });
		expect(await getPackage(coordinator, id)).toMatchObject({
			title: { en: 'Renamed' },
			audiences: ['social_workers']
		});
		await expect(updatePackage(coordinator, id, { programmeId: theirs })).rejects.toThrow(
			refusal('forbidden', { programmeId: ['programme_outside_scope'] })
		);
		await updatePackage(admin, id, { programmeId: theirs });
		await expect(updatePackage(coordinator, id, { title: { en: 'Mine again?' } })).rejects.toThrow(
			refusal('forbidden')
		);
	});

	it('archives and restores: archived packages leave the list unless asked for', async () => {
		const { id } = await testPackage(coordinator, ours, 'Archivable');
		await archivePackage(coordinator, id);
		const shown = async (query = {}) => (await listPackages(coordinator, query)).map((row) => row.id);
		expect(await shown()).not.toContain(id);
		expect(await shown({ includeArchived: 'true' })).toContain(id);
		await restorePackage(coordinator, id);
		expect(await shown()).toContain(id);
	});

	it('says "not found" for an identifier that is no package', async () => {
		await expect(getPackage(admin, 'not-a-uuid')).rejects.toThrow(refusal('not_found'));
		await expect(getPackage(admin, '00000000-0000-4000-8000-00000000beef')).rejects.toThrow(
			refusal('not_found')
		);
	});
});

describe('the list of packages', () => {
	it('shows editors their drafts and readers only what was published, as it was published', async () => {
		const draftOnly = await testPackage(coordinator, ours, 'Draft only');
		const published = await testPackage(coordinator, ours, 'Published');
		await publishVersion(coordinator, published.id, { note: 'First' });
		await updatePackage(coordinator, published.id, { title: { en: 'Published, renamed in the draft' } });
		const elsewhere = await testPackage(admin, theirs, 'Their draft');

		const mine = await listPackages(coordinator, { programme: ours });
		const row = mine.find((r) => r.id === published.id);
		expect(row).toMatchObject({
			title: { en: 'Published, renamed in the draft' },
			latestVersion: { number: 1 },
			isDraftEdited: true,
			canEdit: true,
			programme: { id: ours, acronym: 'OURS' }
		});
		expect(mine.find((r) => r.id === draftOnly.id)).toMatchObject({
			latestVersion: null,
			isDraftEdited: true
		});
		expect(mine.map((r) => r.id)).not.toContain(elsewhere.id);

		for (const reader of [trainer, focalPoint]) {
			const rows = await listPackages(reader, {});
			const ids = rows.map((r) => r.id);
			expect(ids).toContain(published.id);
			expect(ids).not.toContain(draftOnly.id);
			expect(rows.find((r) => r.id === published.id)).toMatchObject({
				title: { en: 'Published', fr: 'Published (fr)' },
				canEdit: false
			});
			await expect(getPackage(reader, draftOnly.id)).rejects.toThrow(refusal('forbidden'));
			expect(await getPackage(reader, published.id)).toMatchObject({
				title: { en: 'Published' },
				canEdit: false,
				versions: [expect.objectContaining({ number: 1, note: 'First' })]
			});
		}
		expect((await listPackageProgrammes(trainer, 'en')).map((p) => p.id)).toEqual([ours]);
		await expect(listPackages(participant, {})).rejects.toThrow(refusal('forbidden'));
		await expect(listPackages(publicActor, {})).rejects.toThrow(refusal('unauthenticated'));
	});

	it('says the draft is unchanged right after publishing', async () => {
		const { id } = await testPackage(coordinator, ours, 'Fresh');
		await publishVersion(coordinator, id, {});
		const [row] = (await listPackages(coordinator, {})).filter((r) => r.id === id);
		expect(row).toMatchObject({ latestVersion: { number: 1 }, isDraftEdited: false });
	});
});

describe('declared languages', () => {
	it('a package declared in Slovenian and English keeps them, and what is missing is counted in each', async () => {
		const { id } = await createPackage(coordinator, {
			title: { sl: 'Zdravje migrantov', en: 'Migrant health' },
			summary: { en: 'Two days for first-line staff' },
			languages: ['sl', 'en'],
			programmeId: ours,
			audiences: ['health_professionals']
		});
		const details = await getPackage(coordinator, id);
		expect(details.languages).toEqual(['sl', 'en']);
		const draft = await getDraft(coordinator, id);
		const missing = missingTranslations(draft, draft.languages);
		expect(missing.missingIn).toEqual({ sl: 1, en: 0 });
		expect(missing.byText[textKey.package('summary')]).toEqual(['sl']);
	});

	it('refuses a language outside the catalogue, naming the field, and writes nothing', async () => {
		const before = await countRows(trainingPackage);
		await expect(
			createPackage(coordinator, {
				title: { en: 'Nowhere' },
				languages: ['en', 'xx-Klingon'],
				programmeId: ours,
				audiences: ['trainers']
			})
		).rejects.toMatchObject(refusal('invalid', { 'languages.1': ['invalid_language'] }));
		await expect(
			createPackage(coordinator, {
				title: { en: 'Nowhere', tlh: 'Nowhere' },
				programmeId: ours,
				audiences: ['trainers']
			})
		).rejects.toMatchObject(refusal('invalid', { 'title.tlh': ['invalid_language'] }));
		expect(await countRows(trainingPackage)).toBe(before);
	});
});
