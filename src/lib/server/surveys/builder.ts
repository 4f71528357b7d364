// The survey builder: sections and questions added, changed, moved and deleted. Each change reads
// the survey with its row locked, applies a pure edit (definition-edits.ts), validates the whole
// resulting definition and saves it in one UPDATE. Once people have answered, what their answers
// refer to stays: a question with answers keeps its name and type and is not deleted, and choices
// or matrix rows someone chose are not removed (labels and help may still be corrected).
import { eq, sql } from 'drizzle-orm';
import {
	QuestionSchema,
	SurveyDefinitionSchema,
	type Question,
	type SurveyDefinition
} from '../../surveys/definition.js';
import { SectionInputSchema } from '../../surveys/schemas.js';
import type { Actor } from '../auth/actor.js';
import { db, type Tx } from '../db/client.js';
import { survey, surveyResponse } from '../db/schema/surveys.js';
import { DomainError, type FieldErrors } from '../errors.js';
import { parseInput, type FieldsOf } from '../validate.js';
import * as edits from './definition-edits.js';
import { authorize } from '../auth/authorize.js';
import { getSurveyRow } from './surveys.js';

/** Where the form being answered sits in the definition: its errors are reported relative to it. */
type Focus = { question: string } | { section: string } | undefined;

async function changeDefinition(
	actor: Actor,
	surveyId: string,
	change: (definition: SurveyDefinition, tx: Tx) => Promise<{ definition: SurveyDefinition; focus?: Focus }>
): Promise<void> {
	await db().transaction(async (tx) => {
		const row = await getSurveyRow(tx, surveyId, true);
		authorize(actor, 'run', { kind: 'survey', programmeId: row.programmeId });
		const { definition, focus } = await change(row.definition, tx);
		const parsed = SurveyDefinitionSchema.safeParse(definition);
		if (!parsed.success) {
			const fields: FieldErrors = {};
			const prefix = focusPrefix(definition, focus);
			for (const issue of parsed.error.issues) {
				const path = issue.path.join('.');
				// Problems elsewhere (a condition left above the question it names, after a move) go to the form as a whole.
				const key = prefix && path.startsWith(`${prefix}.`) ? path.slice(prefix.length + 1) : '_';
				if (fields[key]?.includes(issue.message)) continue;
				(fields[key] ??= []).push(issue.message);
			}
			throw new DomainError('invalid', 'the survey would not be valid', { fields });
		}
		await tx.update(survey).set({ definition: parsed.data }).where(eq(survey.id, surveyId));
	});
}

function focusPrefix(definition: SurveyDefinition, focus: Focus): string | undefined {
	if (!focus) return undefined;
	if ('section' in focus) {
		const index = definition.sections.findIndex((section) => section.name === focus.section);
		return index < 0 ? undefined : `sections.${index}`;
	}
	const at = edits.locateQuestion(definition, focus.question);
	return `sections.${at.section}.questions.${at.question}`;
}

/** What the answers given so far use of a question: whether it has any, its choices and matrix rows. */
async function answerUsage(
	tx: Tx,
	surveyId: string,
	name: string
): Promise<{ answered: boolean; values: Set<string>; rows: Set<string> }> {
	const answer = sql`r.answers -> ${name}`;
	const result = await tx.execute<{ answered: boolean; values: string[]; rows: string[] }>(sql`
		with answered as (
			select ${answer} as answer from ${surveyResponse} r
			where r.survey_id = ${surveyId} and jsonb_exists(r.answers, ${name})
		)
		select
			exists (select 1 from answered) as answered,
			array(
				select answer #>> '{}' from answered where jsonb_typeof(answer) = 'string'
				union select jsonb_array_elements_text(case when jsonb_typeof(answer) = 'array' then answer else '[]' end) from answered
				union select (jsonb_each_text(case when jsonb_typeof(answer) = 'object' then answer else '{}' end)).value from answered
			) as values,
			array(
				select jsonb_object_keys(case when jsonb_typeof(answer) = 'object' then answer else '{}' end) from answered
			) as rows`);
	const [usage] = result.rows;
	return { answered: usage.answered, values: new Set(usage.values), rows: new Set(usage.rows) };
}

/** Refuses changes that would orphan answers already given to `before`. */
async function assertKeepsAnswers(
	tx: Tx,
	surveyId: string,
	before: Question,
	after: Question
): Promise<void> {
	const usage = await answerUsage(tx, surveyId, before.name);
	if (!usage.answered) return;
	const fields: FieldErrors = {};
	if (after.name !== before.name) fields.name = ['name_has_answers'];
	if (after.type !== before.type) fields.type = ['type_has_answers'];
	const kept = new Set(after.choices.map((choice) => choice.value));
	if (before.choices.some((choice) => !kept.has(choice.value) && usage.values.has(choice.value)))
		fields.choices = ['choice_has_answers'];
	const keptRows = new Set(after.rows.map((row) => row.value));
	if (before.rows.some((row) => !keptRows.has(row.value) && usage.rows.has(row.value)))
		fields.rows = ['row_has_answers'];
	if (Object.keys(fields).length > 0)
		throw new DomainError('conflict', 'people have answered this question', { fields });
}

export async function addSection(
	actor: Actor,
	surveyId: string,
	input: FieldsOf<typeof SectionInputSchema>
): Promise<void> {
	const values = parseInput(SectionInputSchema, input);
	await changeDefinition(actor, surveyId, async (definition) => ({
		definition: edits.addSection(definition, { name: values.name, title: values.title ?? undefined }),
		focus: { section: values.name }
	}));
}

export async function updateSection(
	actor: Actor,
	surveyId: string,
	sectionName: string,
	input: FieldsOf<typeof SectionInputSchema>
): Promise<void> {
	const values = parseInput(SectionInputSchema, input);
	await changeDefinition(actor, surveyId, async (definition) => ({
		definition: edits.updateSection(definition, sectionName, {
			name: values.name,
			title: values.title ?? undefined
		}),
		focus: { section: values.name }
	}));
}

export async function deleteSection(actor: Actor, surveyId: string, sectionName: string): Promise<void> {
	await changeDefinition(actor, surveyId, async (definition) => ({
		definition: edits.deleteSection(definition, sectionName)
	}));
}

/** Adds a question at the end of a section; returns its name. */
export async function addQuestion(
	actor: Actor,
	surveyId: string,
	sectionName: string,
	input: FieldsOf<typeof QuestionSchema>
): Promise<{ name: string }> {
	const question = parseInput(QuestionSchema, input);
	await changeDefinition(actor, surveyId, async (definition) => ({
		definition: edits.addQuestion(definition, sectionName, question),
		focus: { question: question.name }
	}));
	return { name: question.name };
}

/** Replaces a question with the form's version of it; returns its (possibly new) name. */
export async function updateQuestion(
	actor: Actor,
	surveyId: string,
	questionName: string,
	input: FieldsOf<typeof QuestionSchema>
): Promise<{ name: string }> {
	const question = parseInput(QuestionSchema, input);
	await changeDefinition(actor, surveyId, async (definition, tx) => {
		const before = edits.getQuestion(definition, questionName);
		await assertKeepsAnswers(tx, surveyId, before, question);
		return {
			definition: edits.updateQuestion(definition, questionName, question),
			focus: { question: question.name }
		};
	});
	return { name: question.name };
}

export async function deleteQuestion(actor: Actor, surveyId: string, questionName: string): Promise<void> {
	await changeDefinition(actor, surveyId, async (definition, tx) => {
		edits.getQuestion(definition, questionName);
		if ((await answerUsage(tx, surveyId, questionName)).answered)
			throw new DomainError('conflict', 'people have answered this question', {
				fields: { _: ['question_has_answers'] }
			});
		return { definition: edits.deleteQuestion(definition, questionName) };
	});
}

export async function moveQuestion(
	actor: Actor,
	surveyId: string,
	questionName: string,
	direction: 'up' | 'down'
): Promise<void> {
	await changeDefinition(actor, surveyId, async (definition) => ({
		definition: edits.moveQuestion(definition, questionName, direction)
	}));
}
