// A Delphi study's statements through translators' tools: exported as XLIFF, translated, imported
// back in one transaction; a file that does not match is refused whole.
import { beforeAll, describe, expect, it } from 'vitest';
import type { UserActor } from '../auth/actor.js';
import { DomainError } from '../errors.js';
import { useTestDatabase } from '../testing/database.js';
import { nineScaleStudyInput, programmeWithCoordinator, refusal, thrownBy } from '../testing/fixtures.js';
import { addDomain, addStatement, createStudy, getStudy, listDomains, updateStudy } from './studies.js';
import { bytes, text, translateXliff } from '../testing/translation.js';
import { translationStatus } from '../translation/translations.js';
import { exportStudyTranslation, importStudyTranslation, studyTexts } from './translation.js';

useTestDatabase();

let programmeId: string;
let coordinator: UserActor;
let stranger: UserActor;

beforeAll(async () => {
	({ programmeId, coordinator } = await programmeWithCoordinator('delphi translator'));
	({ coordinator: stranger } = await programmeWithCoordinator('delphi stranger'));
});

async function newStudy() {
	const { id } = await createStudy(coordinator, {
		...nineScaleStudyInput(programmeId, 'Training components'),
		languages: ['en']
	});
	const { id: domainId } = await addDomain(coordinator, id, { title: { en: 'Delivery' } });
	const statements = [];
	for (const text of ['Sessions are in the participants’ language', 'Trainers know the local services'])
		statements.push((await addStatement(coordinator, id, { domainId, text: { en: text } })).id);
	return { id, domainId, statements };
}
const translate = (xliff: string) => translateXliff(xliff, 'SL');
const status = async (id: string) => translationStatus(await studyTexts(coordinator, id));
const snapshot = async (id: string) => ({
	study: await getStudy(coordinator, id),
	domains: await listDomains(coordinator, id)
});

describe('a Delphi study translated with a CAT tool', () => {
	it('takes every statement in the new language, and marks one outdated when its source changes', async () => {
		const { id, statements } = await newStudy();
		const exported = text((await exportStudyTranslation(coordinator, id, { target: 'sl' })).content);
		expect(exported).toContain(`original="mhub:delphi-study/${id}"`);
		expect(exported).toContain(`<trans-unit id="statement/${statements[0]}/text" xml:space="preserve">`);
		expect(exported).not.toContain('study/topic');

		expect(
			await importStudyTranslation(coordinator, id, { target: 'sl' }, bytes(translate(exported)))
		).toEqual({
			locale: 'sl',
			count: 4
		});
		const { study, domains } = await snapshot(id);
		expect(study.languages).toEqual(['en', 'sl']);
		expect(study.title).toEqual({ en: 'Training components', sl: 'SL Training components' });
		expect(domains[0].title).toEqual({ en: 'Delivery', sl: 'SL Delivery' });
		expect(domains[0].statements.map((statement) => statement.text.sl)).toEqual([
			'SL Sessions are in the participants’ language',
			'SL Trainers know the local services'
		]);
		expect(await status(id)).toEqual([{ locale: 'sl', missing: 0, outdated: 0 }]);

		await updateStudy(coordinator, id, {
			...nineScaleStudyInput(programmeId, 'Training components'),
			title: { en: 'Components of training', sl: 'SL Training components' },
			languages: ['en', 'sl']
		});
		expect(await status(id)).toEqual([{ locale: 'sl', missing: 0, outdated: 1 }]);
		expect(text((await exportStudyTranslation(coordinator, id, { target: 'sl' })).content)).toContain(
			'<target state="needs-review-translation">SL Training components</target>'
		);
	});

	it('refuses a file that does not match with every problem, and changes nothing', async () => {
		const { id, statements } = await newStudy();
		const before = await snapshot(id);
		const exported = translate(
			text((await exportStudyTranslation(coordinator, id, { target: 'sl' })).content)
		);
		const broken = exported
			.replace(`statement/${statements[1]}/text`, 'statement/00000000-0000-4000-8000-000000000000/text')
			.replace('<source>Sessions are in the participants’ language</source>', '<source>Sessions</source>')
			.replace('<target>SL Delivery</target>', '<target>SL <b>Delivery</b></target>');
		const error = await thrownBy(
			importStudyTranslation(coordinator, id, { target: 'sl' }, bytes(broken)),
			DomainError
		);
		expect(error.details?.problems).toEqual([
			{ unit: expect.stringMatching(/^domain\//), code: 'markup', value: '<b>' },
			{ unit: `statement/${statements[0]}/text`, code: 'source_changed', value: 'Sessions' },
			{ unit: 'statement/00000000-0000-4000-8000-000000000000/text', code: 'unknown_unit' }
		]);
		const survey = exported.replace(`mhub:delphi-study/${id}`, `mhub:survey/${id}`);
		const other = await thrownBy(
			importStudyTranslation(coordinator, id, { target: 'sl' }, bytes(survey)),
			DomainError
		);
		expect(other.details?.problems).toEqual([{ code: 'other_original', value: `mhub:survey/${id}` }]);
		expect(await snapshot(id)).toEqual(before);
		expect(await status(id)).toEqual([]);
	});

	it('is for those who run the study', async () => {
		const { id } = await newStudy();
		await expect(exportStudyTranslation(stranger, id, { target: 'sl' })).rejects.toEqual(
			refusal('forbidden')
		);
		await expect(importStudyTranslation(stranger, id, { target: 'sl' }, bytes('<x/>'))).rejects.toEqual(
			refusal('forbidden')
		);
	});
});
