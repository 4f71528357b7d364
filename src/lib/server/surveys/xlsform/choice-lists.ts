// The choices sheet of an XLSForm: its lists, each read once for every question that offers it.
import type { Choice } from '../../../surveys/definition.js';
import type { Languages } from './languages.js';
import type { XlsFormProblem } from './problems.js';
import { cell, hasColumn, type Sheet } from './sheet.js';

/** A list of the choices sheet, read once for every question that offers it. */
export type ChoiceList = { choices: Choice[]; values: Set<string>; countryCodes: boolean };

const choiceValuePattern = /^[A-Za-z0-9_.-]{1,64}$/;

export function readChoiceLists(
	choices: Sheet | undefined,
	languages: Languages,
	errors: XlsFormProblem[],
	unsupported: XlsFormProblem[]
): Map<string, ChoiceList> {
	const lists = new Map<string, ChoiceList>();
	if (!choices || choices.rows.length === 0) return lists;
	for (const column of ['list_name', 'name'])
		if (!hasColumn(choices, column))
			errors.push({ sheet: choices.name, row: 1, column, code: 'missing_column' });
	if (errors.length > 0) return lists;
	for (const row of choices.rows) {
		const listName = cell(choices, row, 'list_name');
		const value = cell(choices, row, 'name');
		if (!listName && !value) continue;
		const list = lists.get(listName) ?? { choices: [], values: new Set<string>(), countryCodes: true };
		lists.set(listName, list);
		if (!choiceValuePattern.test(value)) {
			errors.push({
				sheet: choices.name,
				row: row.number,
				column: 'name',
				code: 'invalid_choice_value',
				value
			});
			continue;
		}
		if (list.values.has(value)) {
			errors.push({
				sheet: choices.name,
				row: row.number,
				column: 'name',
				code: 'duplicate_choice',
				value
			});
			continue;
		}
		let label = languages.localized(choices, row, 'label');
		if (Object.keys(label).length === 0) {
			label = { [languages.defaultLocale]: value };
			unsupported.push({
				sheet: choices.name,
				row: row.number,
				column: 'label',
				code: 'label_missing',
				value
			});
		}
		list.values.add(value);
		list.countryCodes &&= /^[A-Z]{2}$/.test(value);
		list.choices.push({ value, label });
	}
	return lists;
}
