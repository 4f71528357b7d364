// A training package's translators' round trip: the draft exported as XLIFF, translated, imported
// back in one transaction; a file that does not match is refused whole. Published versions stay.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../auth/actor.js';
import { DomainError } from '../errors.js';
import { testPackage, testProgramme } from '../testing/curriculum.js';
import { useTestDatabase } from '../testing/database.js';
import { coordinatorOf, newAccount, refusal, thrownBy } from '../testing/fixtures.js';
import { bytes, text, translateXliff } from '../testing/translation.js';
import { getDraft } from './draft.js';
import { updatePackage } from './packages.js';
import { translationStatus } from '../translation/translations.js';
import { exportPackageTranslation, importPackageTranslation, packageTexts } from './translation.js';
import { getVersion, publishVersion } from './versions.js';

useTestDatabase();

let programmeId: string;
let coordinator: Actor;
let stranger: Actor;

beforeAll(async () => {
	programmeId = await testProgramme('TRANS');
	coordinator = await newAccount(coordinatorOf(programmeId));
	stranger = await newAccount(coordinatorOf(await testProgramme('ELSE')));
});

/** A package written in English only. */
async function englishPackage() {
	const ids = await testPackage(coordinator, programmeId);
	await updatePackage(coordinator, ids.id, { title: { en: 'Migrant health' }, languages: ['en'] });
	return ids;
}

describe('a training package translated with a CAT tool', () => {
	it('takes every translated text of the draft and the new language; the published version stays', async () => {
		const { id } = await englishPackage();
		await publishVersion(coordinator, id, {});
		const exported = await exportPackageTranslation(coordinator, id, { target: 'uk' });
		expect(exported.fileName).toBe('Migrant health.uk.xlf');
		const xliff = text(exported.content);
		expect(xliff).toContain('original="mhub:package/');

		const result = await importPackageTranslation(
			coordinator,
			id,
			{ target: 'uk' },
			bytes(translateXliff(xliff, 'УК'))
		);
		expect(result).toEqual({ locale: 'uk', count: 4 });
		const draft = await getDraft(coordinator, id);
		expect(draft.languages).toEqual(['en', 'uk']);
		expect(draft.title).toEqual({ en: 'Migrant health', uk: 'УК Migrant health' });
		const [module] = draft.modules;
		expect(module.title).toEqual({ en: 'Communicable diseases', uk: 'УК Communicable diseases' });
		expect(module.sessions[0].title.uk).toBe('УК Tuberculosis');
		expect(module.sessions[0].objectives).toEqual([
			{ en: 'Describe how TB spreads', uk: 'УК Describe how TB spreads' }
		]);
		const published = await getVersion(coordinator, id, 1);
		expect(published.content.title).toEqual({ en: 'Migrant health' });

		// A source changed since: its translation is outdated.
		const status = async () => translationStatus(await packageTexts(coordinator, id));
		expect(await status()).toEqual([{ locale: 'uk', missing: 0, outdated: 0 }]);
		await updatePackage(coordinator, id, {
			title: { en: 'Health of migrants', uk: 'УК Migrant health' },
			languages: ['en', 'uk']
		});
		expect(await status()).toEqual([{ locale: 'uk', missing: 0, outdated: 1 }]);
	});

	it('refuses a file that does not match with every problem, and changes nothing', async () => {
		const { id, moduleId } = await englishPackage();
		const before = await getDraft(coordinator, id);
		const xliff = text((await exportPackageTranslation(coordinator, id, { target: 'uk' })).content);
		const broken = translateXliff(xliff, 'УК')
			.replace(`id="module/${moduleId}/title"`, 'id="module/gone/title"')
			.replace('<source>Tuberculosis</source>', '<source>Malaria</source>');
		const error = await thrownBy(
			importPackageTranslation(coordinator, id, { target: 'uk' }, bytes(broken)),
			DomainError
		);
		expect(error.details?.problems).toEqual([
			{ unit: 'module/gone/title', code: 'unknown_unit' },
			{ unit: expect.stringMatching(/^session\/.+\/title$/), code: 'source_changed', value: 'Malaria' }
		]);
		expect(await getDraft(coordinator, id)).toEqual(before);
	});

	it('is for the draft’s editors only', async () => {
		const { id } = await englishPackage();
		await expect(exportPackageTranslation(stranger, id, { target: 'uk' })).rejects.toEqual(
			refusal('forbidden')
		);
		await expect(importPackageTranslation(stranger, id, { target: 'uk' }, bytes('<x/>'))).rejects.toEqual(
			refusal('forbidden')
		);
	});
});
