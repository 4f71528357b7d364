// A survey's translators' round trip: exported as XLIFF, translated, imported back into the survey
// in one transaction; a file that does not match is refused whole.
import { beforeAll, describe, expect, it } from 'vitest';
import type { UserActor } from '../auth/actor.js';
import { tableXlsx } from '../files/table-file.js';
import { DomainError } from '../errors.js';
import { useTestDatabase } from '../testing/database.js';
import { programmeWithCoordinator, refusal, thrownBy } from '../testing/fixtures.js';
import { bytes, text, translateXliff } from '../testing/translation.js';
import { readTranslationTable } from '../translation/translation-table.js';
import { translationStatus } from '../translation/translations.js';
import { createSurvey, getSurvey, updateSurvey } from './surveys.js';
import { exportSurveyTranslation, importSurveyTranslation, surveyTexts } from './translation.js';

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
const status = async (id: string) => translationStatus(await surveyTexts(coordinator, id));

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

	it('marks a translation outdated when its source changes, until a new translation is imported', async () => {
		const { id } = await newSurvey();
		const exported = await exportSurveyTranslation(coordinator, id, { target: 'ti' });
		await importSurveyTranslation(
			coordinator,
			id,
			{ target: 'ti' },
			bytes(translate(text(exported.content)))
		);
		expect(await status(id)).toEqual([{ locale: 'ti', missing: 0, outdated: 0 }]);

		const survey = await getSurvey(coordinator, id);
		await updateSurvey(coordinator, id, {
			title: { ...survey.title, en: 'Arrival in Europe' },
			introduction: { en: 'Welcome' },
			languages: survey.languages
		});
		expect(await status(id)).toEqual([{ locale: 'ti', missing: 1, outdated: 1 }]);

		const again = text((await exportSurveyTranslation(coordinator, id, { target: 'ti' })).content);
		expect(again).toContain(
			'<source>Arrival in Europe</source>\n        <target state="needs-review-translation">ትግ Arrival</target>'
		);
		expect(again).toContain('<target state="translated">ትግ Yes</target>');
		const sheet = await exportSurveyTranslation(coordinator, id, { target: 'ti', format: 'xlsx' });
		const table = await readTranslationTable(sheet.content, 'ti');
		expect(table?.units.find((unit) => unit.id === 'survey/title')?.target).toBe('ትግ Arrival');

		// Sent back unchanged and still marked for review: it stays outdated.
		await importSurveyTranslation(coordinator, id, { target: 'ti' }, bytes(again));
		expect(await status(id)).toEqual([{ locale: 'ti', missing: 1, outdated: 1 }]);
		// Translated anew: it is not.
		const retranslated = again
			.replace('>ትግ Arrival<', '>ትግ Arrival in Europe<')
			.replace('<source>Welcome</source>', '<source>Welcome</source><target>ትግ Welcome</target>');
		await importSurveyTranslation(coordinator, id, { target: 'ti' }, bytes(retranslated));
		expect(await status(id)).toEqual([{ locale: 'ti', missing: 0, outdated: 0 }]);
		expect(text((await exportSurveyTranslation(coordinator, id, { target: 'ti' })).content)).not.toContain(
			'needs-review'
		);
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
