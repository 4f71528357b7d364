// A survey's translators' round trip: exported as XLIFF, translated, imported back into the survey
// in one transaction; a file that does not match is refused whole.
import { beforeAll, describe, expect, it } from 'vitest';
import type { UserActor } from '../auth/actor.js';
import { tableXlsx } from '../files/table-file.js';
import { DomainError } from '../errors.js';
import { useTestDatabase } from '../testing/database.js';
import { programmeWithCoordinator, refusal, thrownBy } from '../testing/fixtures.js';
import { bytes, text, translateXliff } from '../testing/translation.js';
import { createSurvey, getSurvey } from './surveys.js';
import { exportSurveyTranslation, importSurveyTranslation } from './translation.js';

useTestDatabase();

const definition = {
	sections: [
		{
			name: 'main',
			title: { en: 'Your arrival' },
			questions: [
				{
					name: 'helped',
					type: 'single_choice',
					label: { en: 'Did you get help?' },
					help: { en: 'Any kind of help' },
					choices: [
						{ value: 'yes', label: { en: 'Yes' } },
						{ value: 'no', label: { en: 'No' } }
					]
				}
			]
		}
	]
};

let programmeId: string;
let coordinator: UserActor;
let stranger: UserActor;

beforeAll(async () => {
	({ programmeId, coordinator } = await programmeWithCoordinator('coordinator'));
	({ coordinator: stranger } = await programmeWithCoordinator('stranger'));
});

const newSurvey = () =>
	createSurvey(coordinator, { programmeId, title: { en: 'Arrival' }, languages: ['en'], definition });
const translate = (xliff: string) => translateXliff(xliff, 'ትግ');

describe('a survey translated with a CAT tool', () => {
	it('takes every translated text and the new language', async () => {
		const { id } = await newSurvey();
		const exported = await exportSurveyTranslation(coordinator, id, { target: 'ti' });
		expect(exported).toMatchObject({ fileName: 'Arrival.ti.xlf', mediaType: 'application/xliff+xml' });
		expect((await exportSurveyTranslation(coordinator, id, { target: 'ti' })).content).toEqual(
			exported.content
		);

		const result = await importSurveyTranslation(
			coordinator,
			id,
			{ target: 'ti' },
			bytes(translate(text(exported.content)))
		);
		expect(result).toEqual({ locale: 'ti', count: 6 });
		const survey = await getSurvey(coordinator, id);
		expect(survey.languages).toEqual(['en', 'ti']);
		expect(survey.title).toEqual({ en: 'Arrival', ti: 'ትግ Arrival' });
		const [question] = survey.definition.sections[0].questions;
		expect(question.label).toEqual({ en: 'Did you get help?', ti: 'ትግ Did you get help?' });
		expect(question.help).toEqual({ en: 'Any kind of help', ti: 'ትግ Any kind of help' });
		expect(question.choices[1].label).toEqual({ en: 'No', ti: 'ትግ No' });
		// The next export carries the translations.
		expect(text((await exportSurveyTranslation(coordinator, id, { target: 'ti' })).content)).toContain(
			'<target state="translated">ትግ Yes</target>'
		);
	});

	it('refuses a file that does not match with every problem, and changes nothing', async () => {
		const { id } = await newSurvey();
		const before = await getSurvey(coordinator, id);
		const exported = await exportSurveyTranslation(coordinator, id, { target: 'ti' });
		const broken = translate(text(exported.content))
			.replace('id="choice/helped/no/label"', 'id="choice/helped/maybe/label"')
			.replace('<source>Any kind of help</source>', '<source>Some help</source>');
		const error = await thrownBy(
			importSurveyTranslation(coordinator, id, { target: 'ti' }, bytes(broken)),
			DomainError
		);
		expect(error.details?.problems).toEqual([
			{ unit: 'question/helped/hint', code: 'source_changed', value: 'Some help' },
			{ unit: 'choice/helped/maybe/label', code: 'unknown_unit' }
		]);
		const otherLanguage = await thrownBy(
			importSurveyTranslation(coordinator, id, { target: 'am' }, bytes(translate(text(exported.content)))),
			DomainError
		);
		expect(otherLanguage.details?.problems).toEqual([{ code: 'other_target_language', value: 'ti' }]);
		const malformed = await thrownBy(
			importSurveyTranslation(coordinator, id, { target: 'ti' }, bytes('<xliff version="1.2"><file>')),
			DomainError
		);
		expect(malformed.details?.problems).toMatchObject([{ code: 'not_xml' }]);
		expect(await getSurvey(coordinator, id)).toEqual(before);
	});

	it('takes a spreadsheet with a column per language, and refuses one without the chosen language', async () => {
		const { id } = await newSurvey();
		const exported = await exportSurveyTranslation(coordinator, id, { target: 'sl', format: 'xlsx' });
		expect(exported.fileName).toBe('Arrival.sl.xlsx');
		// Read back as exported: every unit known, none translated yet.
		const untouched = await thrownBy(
			importSurveyTranslation(coordinator, id, { target: 'sl' }, exported.content),
			DomainError
		);
		expect(untouched.details?.problems).toEqual([{ code: 'nothing_translated' }]);
		const sheet = [
			['id', 'English (en)', 'Slovenščina (sl)'],
			['survey/title', 'Arrival', 'Prihod'],
			['choice/helped/yes/label', 'Yes', 'Da']
		];
		const wrongColumn = await thrownBy(
			importSurveyTranslation(coordinator, id, { target: 'hr' }, await tableXlsx(sheet, 'translations')),
			DomainError
		);
		expect(wrongColumn.details?.problems).toEqual([{ code: 'no_language_columns', value: 'hr' }]);
		expect(
			await importSurveyTranslation(coordinator, id, { target: 'sl' }, await tableXlsx(sheet, 'translations'))
		).toEqual({ locale: 'sl', count: 2 });
		const survey = await getSurvey(coordinator, id);
		expect(survey.languages).toEqual(['en', 'sl']);
		expect(survey.title).toEqual({ en: 'Arrival', sl: 'Prihod' });
	});

	it('is for those who may edit the survey, and only into a language of the catalogue', async () => {
		const { id } = await newSurvey();
		await expect(exportSurveyTranslation(stranger, id, { target: 'ti' })).rejects.toEqual(
			refusal('forbidden')
		);
		await expect(importSurveyTranslation(stranger, id, { target: 'ti' }, bytes('<x/>'))).rejects.toEqual(
			refusal('forbidden')
		);
		await expect(exportSurveyTranslation(coordinator, id, { target: 'xx' as 'ti' })).rejects.toEqual(
			refusal('invalid', { target: ['invalid_language'] })
		);
	});
});
