// A framework's translators' round trip: the draft exported as XLIFF, translated, imported back in
// one transaction; a file that does not match is refused whole. Its languages are its programme's.
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../auth/actor.js';
import { db } from '../db/client.js';
import { programme } from '../db/schema/programmes.js';
import { DomainError } from '../errors.js';
import { testProgramme } from '../testing/curriculum.js';
import { useTestDatabase } from '../testing/database.js';
import { coordinatorOf, newAccount, refusal, thrownBy } from '../testing/fixtures.js';
import { bytes, text, translateXliff } from '../testing/translation.js';
import { createFramework, getFramework } from './frameworks.js';
import { translationStatus } from '../translation/translations.js';
import { addComponent, addSection, renameSection } from './structure.js';
import { exportFrameworkTranslation, frameworkTexts, importFrameworkTranslation } from './translation.js';

useTestDatabase();

let programmeId: string;
let coordinator: Actor;
let stranger: Actor;

beforeAll(async () => {
	programmeId = await testProgramme('FRAME');
	await db()
		.update(programme)
		.set({ languages: ['en', 'sl'] })
		.where(eq(programme.id, programmeId));
	coordinator = await newAccount(coordinatorOf(programmeId));
	stranger = await newAccount(coordinatorOf(await testProgramme('ELSE')));
});

/** A framework written in English, with one section holding one component. */
async function englishFramework() {
	const { id } = await createFramework(coordinator, { programmeId, title: { en: 'Training framework' } });
	const section = await addSection(coordinator, id, { title: { en: 'Delivery' } });
	const component = await addComponent(coordinator, id, section.id, {
		title: { en: 'Interpreters' },
		description: { en: 'Who interprets, and how' }
	});
	return { id, sectionId: section.id, componentId: component.id };
}

describe('a framework translated with a CAT tool', () => {
	it('takes every translated text of the draft, from its programme’s main language', async () => {
		const { id, sectionId } = await englishFramework();
		expect((await frameworkTexts(coordinator, id)).languages).toEqual(['en', 'sl']);
		const exported = await exportFrameworkTranslation(coordinator, id, { target: 'uk' });
		expect(exported.fileName).toBe('Training framework.uk.xlf');
		const result = await importFrameworkTranslation(
			coordinator,
			id,
			{ target: 'uk' },
			bytes(translateXliff(text(exported.content), 'УК'))
		);
		expect(result).toEqual({ locale: 'uk', count: 4 });
		const draft = (await getFramework(coordinator, id)).draft!;
		expect(draft.title).toEqual({ en: 'Training framework', uk: 'УК Training framework' });
		expect(draft.sections[0].title).toEqual({ en: 'Delivery', uk: 'УК Delivery' });
		expect(draft.sections[0].components[0].description).toEqual({
			en: 'Who interprets, and how',
			uk: 'УК Who interprets, and how'
		});
		// The language its texts now have is one of its languages.
		expect((await frameworkTexts(coordinator, id)).languages).toEqual(['en', 'sl', 'uk']);

		// A source changed since: its translation is outdated.
		const status = async () => translationStatus(await frameworkTexts(coordinator, id));
		expect(await status()).toEqual([
			{ locale: 'sl', missing: 4, outdated: 0 },
			{ locale: 'uk', missing: 0, outdated: 0 }
		]);
		await renameSection(coordinator, id, sectionId, { title: { en: 'Delivering', uk: 'УК Delivery' } });
		expect(await status()).toEqual([
			{ locale: 'sl', missing: 4, outdated: 0 },
			{ locale: 'uk', missing: 0, outdated: 1 }
		]);
	});

	it('refuses a file that does not match with every problem, and changes nothing', async () => {
		const { id, componentId } = await englishFramework();
		const before = await getFramework(coordinator, id);
		const xliff = text((await exportFrameworkTranslation(coordinator, id, { target: 'uk' })).content);
		const broken = translateXliff(xliff, 'УК')
			.replace(`id="component/${componentId}/title"`, 'id="component/gone/title"')
			.replace('<source>Delivery</source>', '<source>Evaluation</source>');
		const error = await thrownBy(
			importFrameworkTranslation(coordinator, id, { target: 'uk' }, bytes(broken)),
			DomainError
		);
		expect(error.details?.problems).toEqual([
			{ unit: expect.stringMatching(/^section\/.+\/title$/), code: 'source_changed', value: 'Evaluation' },
			{ unit: 'component/gone/title', code: 'unknown_unit' }
		]);
		expect(await getFramework(coordinator, id)).toEqual(before);
	});

	it('is for the draft’s builders only', async () => {
		const { id } = await englishFramework();
		await expect(exportFrameworkTranslation(stranger, id, { target: 'uk' })).rejects.toEqual(
			refusal('forbidden')
		);
		await expect(importFrameworkTranslation(stranger, id, { target: 'uk' }, bytes('<x/>'))).rejects.toEqual(
			refusal('forbidden')
		);
	});
});
