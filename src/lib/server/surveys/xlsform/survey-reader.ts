// The survey sheet's tree read into sections and questions of the survey model: what the model
// cannot hold is reported and left out, what would make the survey wrong refuses it.
import { type Localized } from '../../../i18n/localized.js';
import type { Choice, Condition, Constraint, Question, Section } from '../../../surveys/definition.js';
import type { ChoiceList } from './choice-lists.js';
import { parseConstraint, parseRelevant, type ConstraintRules } from './expressions.js';
import type { Languages } from './languages.js';
import type { XlsFormProblem, XlsFormProblemCode } from './problems.js';
import { cell, type Sheet, type SheetRow } from './sheet.js';
import { typeKeyword, type Node } from './survey-tree.js';

/** As many as a question may offer (the survey model's limit). */
const maxChoices = 200;

const namePattern = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;
const isTrue = (text: string) => /^(yes|true|1|true\(\))$/i.test(text.trim());
const isFalse = (text: string) => /^(no|false|0|false\(\)|)$/i.test(text.trim());

function rangeParameters(text: string): Record<string, number | undefined> {
	const values: Record<string, number | undefined> = {};
	for (const [, key, value] of text.matchAll(/(\w+)\s*=\s*(-?[\d.]+)/g))
		values[key.toLowerCase()] = Number(value);
	return values;
}

type SectionWithRows = { section: Section; row: number; rows: number[] };

export class SurveyReader {
	/** Questions imported so far, by name: conditions may only look back at them. */
	private asked = new Set<string>();
	/** Question names and section names, each unique among their own kind (as in the model). */
	private names = new Set<string>();
	private sectionNames = new Set<string>();

	constructor(
		private survey: Sheet,
		private lists: Map<string, ChoiceList>,
		private languages: Languages,
		private errors: XlsFormProblem[],
		private unsupported: XlsFormProblem[]
	) {}

	private text(row: SheetRow, base: string) {
		return cell(this.survey, row, base);
	}

	private report(row: SheetRow, code: XlsFormProblemCode, column?: string, value?: string) {
		this.unsupported.push({ sheet: this.survey.name, row: row.number, column, code, value });
	}

	private refuse(row: SheetRow, code: XlsFormProblemCode, column?: string, value?: string) {
		this.errors.push({ sheet: this.survey.name, row: row.number, column, code, value });
	}

	/** A name checked as the model wants it, and once in the whole survey. */
	private claimName(row: SheetRow, name: string, names = this.names): boolean {
		if (!namePattern.test(name)) {
			this.refuse(row, 'invalid_name', 'name', name);
			return false;
		}
		if (names.has(name)) {
			this.refuse(row, 'duplicate_name', 'name', name);
			return false;
		}
		names.add(name);
		return true;
	}

	sections(tree: Node[]): SectionWithRows[] {
		const groupNames = new Set(
			tree.flatMap((node) =>
				node.kind === 'group' && !this.isMatrix(node) ? [this.text(node.row, 'name')] : []
			)
		);
		const sections: Array<SectionWithRows & { loose?: true }> = [];
		let loose: (typeof sections)[number] | undefined;
		for (const node of tree) {
			if (node.kind === 'group' && !this.isMatrix(node)) {
				loose = undefined;
				const name = this.text(node.row, 'name');
				this.claimName(node.row, name, this.sectionNames);
				const title = this.languages.localized(this.survey, node.row, 'label');
				const section: SectionWithRows = {
					section: { name, title: Object.keys(title).length > 0 ? title : undefined, questions: [] },
					row: node.row.number,
					rows: []
				};
				sections.push(section);
				this.addAll(section, node.children, this.groupConditions(node.row));
			} else {
				if (!loose) {
					loose = { section: { name: '', questions: [] }, row: node.row.number, rows: [], loose: true };
					sections.push(loose);
				}
				this.addAll(loose, [node], []);
			}
		}
		// Questions outside groups: a section named `main` (then main_2…) for each run of them that
		// imported anything, so a form of start/end/today rows before its first group adds no section.
		const kept = sections.filter((section) => !section.loose || section.section.questions.length > 0);
		let name = 'main';
		for (const section of kept.filter((item) => item.loose)) {
			for (let n = 2; groupNames.has(name); n++) name = `main_${n}`;
			section.section.name = name;
			groupNames.add(name);
		}
		return kept.map(({ section, row, rows }) => ({ section, row, rows }));
	}

	private groupConditions(row: SheetRow): Condition[] {
		const relevant = this.text(row, 'relevant');
		return relevant ? this.conditions(row, relevant) : [];
	}

	private addAll(section: SectionWithRows, nodes: Node[], inherited: Condition[]) {
		for (const node of nodes) {
			if (node.kind === 'repeat') {
				this.report(node.row, 'unsupported_repeat', 'type', this.text(node.row, 'name'));
			} else if (node.kind === 'group') {
				const conditions = [...inherited, ...this.groupConditions(node.row)];
				const matrix = this.isMatrix(node) ? this.matrix(node, conditions) : undefined;
				if (matrix) {
					section.section.questions.push(matrix);
					section.rows.push(node.row.number);
					this.asked.add(matrix.name);
				} else this.addAll(section, node.children, conditions);
			} else {
				const question = this.question(node.row, inherited);
				if (question) {
					section.section.questions.push(question);
					section.rows.push(node.row.number);
					this.asked.add(question.name);
				}
			}
		}
	}

	/** Conditions that look back at imported questions only; else none, reported. */
	private conditions(row: SheetRow, relevant: string): Condition[] {
		const parsed = parseRelevant(relevant);
		if ('conditions' in parsed && parsed.conditions.every((condition) => this.asked.has(condition.question)))
			return parsed.conditions;
		this.report(row, 'unsupported_relevant', 'relevant', relevant);
		return [];
	}

	private label(row: SheetRow, name: string): Localized {
		const label = this.languages.localized(this.survey, row, 'label');
		if (Object.keys(label).length > 0) return label;
		this.report(row, 'label_missing', 'label', name);
		return { [this.languages.defaultLocale]: name };
	}

	private optionalText(row: SheetRow, base: string): Localized | undefined {
		const text = this.languages.localized(this.survey, row, base);
		return Object.keys(text).length > 0 ? text : undefined;
	}

	private required(row: SheetRow): boolean {
		const text = this.text(row, 'required');
		if (isTrue(text)) return true;
		if (!isFalse(text)) this.report(row, 'unsupported_required', 'required', text);
		return false;
	}

	private selectOf(row: SheetRow): { multiple: boolean; list: string; other: boolean } | undefined {
		const match = /^select_(one|multiple)\s+(\S+)(\s+or_other)?$/.exec(typeKeyword(this.text(row, 'type')));
		if (!match) return undefined;
		// The list name keeps its case: list names are compared as written.
		const list = this.text(row, 'type').trim().split(/\s+/)[1];
		return { multiple: match[1] === 'multiple', list, other: Boolean(match[3]) };
	}

	/** A table-list group of select_one questions from one list, none with its own condition. */
	private isMatrix(node: Extract<Node, { kind: 'group' }>): boolean {
		if (!/\btable-list\b/.test(this.text(node.row, 'appearance'))) return false;
		const rows = this.matrixRows(node);
		if (rows.length === 0 || rows.length !== node.children.filter((child) => !this.isHeaderRow(child)).length)
			return false;
		const selects = rows.map((row) => this.selectOf(row));
		return (
			selects.every(
				(select) =>
					select &&
					!select.multiple &&
					!select.other &&
					select.list === selects[0]?.list &&
					(this.lists.get(select.list)?.choices.length ?? maxChoices + 1) <= maxChoices
			) && rows.every((row) => !this.text(row, 'relevant') && !this.text(row, 'constraint'))
		);
	}

	/** Kobo puts the choices' header on a first question with appearance `label`. */
	private isHeaderRow(node: Node): boolean {
		return node.kind === 'row' && this.text(node.row, 'appearance').trim() === 'label';
	}

	private matrixRows(node: Extract<Node, { kind: 'group' }>): SheetRow[] {
		return node.children.flatMap((child) =>
			child.kind === 'row' && !this.isHeaderRow(child) ? [child.row] : []
		);
	}

	private matrix(node: Extract<Node, { kind: 'group' }>, conditions: Condition[]): Question | undefined {
		const name = this.text(node.row, 'name');
		if (!this.claimName(node.row, name)) return undefined;
		const rows = this.matrixRows(node);
		const list = this.selectOf(rows[0])!.list;
		const prefix = `${name}_`;
		return {
			name,
			type: 'matrix',
			label: this.label(node.row, name),
			help: this.optionalText(node.row, 'hint'),
			required: rows.every((row) => isTrue(this.text(row, 'required'))),
			choices: this.lists.get(list)!.choices,
			allowOther: false,
			rows: rows.map((row) => {
				const rowName = this.text(row, 'name');
				const value =
					rowName.startsWith(prefix) && rowName.length > prefix.length
						? rowName.slice(prefix.length)
						: rowName;
				return { value, label: this.label(row, rowName) };
			}),
			showIf: conditions
		};
	}

	private question(row: SheetRow, inherited: Condition[]): Question | undefined {
		const typeText = this.text(row, 'type');
		const type = typeKeyword(typeText);
		const name = this.text(row, 'name');
		const appearance = this.text(row, 'appearance').toLowerCase();
		const base = { choices: [] as Choice[], allowOther: false, rows: [] as Choice[] };
		let shape: Pick<Question, 'type' | 'choices' | 'allowOther' | 'rows' | 'scale'>;
		let wholeNumbers = false;
		const select = this.selectOf(row);
		if (type === 'text') {
			shape = {
				...base,
				type: /\bmultiline\b/.test(appearance)
					? 'long_text'
					: /\bemail\b/.test(appearance)
						? 'email'
						: 'short_text'
			};
		} else if (type === 'integer' || type === 'int' || type === 'decimal') {
			shape = { ...base, type: 'number' };
			wholeNumbers = type !== 'decimal';
		} else if (type === 'date') {
			shape = { ...base, type: 'date' };
		} else if (type === 'range') {
			const parameters = rangeParameters(this.text(row, 'parameters'));
			const { start = 1, end = 10, step = 1 } = parameters;
			wholeNumbers = Number.isInteger(start) && Number.isInteger(step);
			if (
				Number.isInteger(start) &&
				Number.isInteger(end) &&
				step === 1 &&
				start >= 0 &&
				end <= 10 &&
				start < end
			) {
				const minLabel = this.optionalText(row, 'scale_min_label');
				const maxLabel = this.optionalText(row, 'scale_max_label');
				shape = {
					...base,
					type: 'rating',
					scale: { min: start, max: end, ...(minLabel && { minLabel }), ...(maxLabel && { maxLabel }) }
				};
			} else {
				// Not a scale a rating can show: a number between the same bounds.
				this.report(row, 'range_as_number', 'parameters', this.text(row, 'parameters'));
				const bounds = { min: Math.min(start, end), max: Math.max(start, end) };
				return this.finish(row, name, { ...base, type: 'number' }, inherited, wholeNumbers, bounds);
			}
		} else if (select) {
			const list = this.lists.get(select.list);
			if (!list) {
				this.refuse(row, 'unknown_list', 'type', select.list);
				return undefined;
			}
			const { values } = list;
			if (!select.multiple && !select.other && values.size === 2 && values.has('yes') && values.has('no'))
				shape = { ...base, type: 'yes_no' };
			else if (!select.multiple && !select.other && select.list === 'countries' && list.countryCodes)
				shape = { ...base, type: 'country' };
			else if (list.choices.length > maxChoices) {
				this.refuse(row, 'too_many_choices', 'type', select.list);
				return undefined;
			} else
				shape = {
					...base,
					type: select.multiple ? 'multiple_choice' : 'single_choice',
					choices: list.choices,
					allowOther: select.other
				};
		} else {
			this.report(row, 'unsupported_type', 'type', typeText);
			return undefined;
		}
		return this.finish(row, name, shape, inherited, wholeNumbers);
	}

	private finish(
		row: SheetRow,
		name: string,
		shape: Pick<Question, 'type' | 'choices' | 'allowOther' | 'rows' | 'scale'>,
		inherited: Condition[],
		wholeNumbers: boolean,
		bounds: ConstraintRules = {}
	): Question | undefined {
		if (!this.claimName(row, name)) return undefined;
		const relevant = this.text(row, 'relevant');
		const constraint = this.constraint(row, wholeNumbers, bounds);
		return {
			name,
			...shape,
			label: this.label(row, name),
			help: this.optionalText(row, 'hint'),
			required: this.required(row),
			showIf: [...inherited, ...(relevant ? this.conditions(row, relevant) : [])],
			...(constraint && { constraint }),
			...this.scoring(row, shape.type)
		};
	}

	/**
	 * MHub's knowledge-test columns (docs/ARCHITECTURE.md, "XLSForm"): `marks`, `correct` (a choice's
	 * name, several separated by spaces for select_multiple, or a number), `tolerance`, `module`.
	 * Cells are kept as written when they are not numbers, so the model refuses them by name.
	 */
	private scoring(row: SheetRow, type: Question['type']): Partial<Question> {
		const number = (text: string) =>
			text === '' ? undefined : Number.isFinite(Number(text)) ? Number(text) : text;
		const [marks, correct, tolerance, module] = ['marks', 'correct', 'tolerance', 'module'].map((column) =>
			this.text(row, column).trim()
		);
		const scoring = {
			marks: number(marks),
			correct:
				correct === ''
					? undefined
					: type === 'number'
						? number(correct)
						: type === 'multiple_choice'
							? correct.split(/\s+/)
							: correct,
			tolerance: number(tolerance),
			module: module || undefined
		};
		return Object.fromEntries(
			Object.entries(scoring).filter(([, value]) => value !== undefined)
		) as Partial<Question>;
	}

	private constraint(row: SheetRow, wholeNumbers: boolean, bounds: ConstraintRules): Constraint | undefined {
		const expression = this.text(row, 'constraint');
		const parsed = expression ? parseConstraint(expression, { wholeNumbers }) : undefined;
		for (const clause of parsed?.unsupported ?? [])
			this.report(row, 'unsupported_constraint', 'constraint', clause);
		for (const clause of parsed?.approximated ?? [])
			this.report(row, 'constraint_approximated', 'constraint', clause);
		const rules: ConstraintRules = { ...parsed?.rules };
		// A range's own bounds hold as well as the constraint's: the narrower of each wins.
		if (bounds.min !== undefined) rules.min = Math.max(bounds.min, rules.min ?? bounds.min);
		if (bounds.max !== undefined) rules.max = Math.min(bounds.max, rules.max ?? bounds.max);
		const message = this.optionalText(row, 'constraint_message');
		const kept = Object.fromEntries(Object.entries(rules).filter(([, value]) => value !== undefined));
		if (Object.keys(kept).length === 0 && !message) return undefined;
		return { ...kept, ...(message && { message }) };
	}
}
