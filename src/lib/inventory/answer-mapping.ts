// From one survey response to the fields of a record: which question most likely holds each field
// (by the question's name and type), and how an answer becomes that field's value. Pure: the
// response page pre-selects questions and pre-fills its forms with it; the coordinator corrects both.
import { audienceValues } from '../curriculum/values.js';
import { languageCodes } from '../i18n/languages.js';
import { expertiseValues, professionValues } from '../directory/values.js';
import type { AnswerValue, Answers, Question, QuestionType } from '../surveys/definition.js';
import { packageFormatValues, type PackageFormat } from './schemas.js';

export const packageFields = [
	'title',
	'provider',
	'link',
	'languages',
	'durationHours',
	'format',
	'topics',
	'audiences'
] as const;
export type PackageField = (typeof packageFields)[number];

export const expertFields = [
	'consent',
	'fullName',
	'email',
	'organisation',
	'country',
	'profession',
	'languages',
	'expertise'
] as const;
export type ExpertField = (typeof expertFields)[number];

type Hint = { names: string[]; words: string[]; types?: readonly QuestionType[] };

/** A hint written as space-separated usual names and words (kept short and easy to scan). */
const hint = (names: string, words: string, types?: readonly QuestionType[]): Hint => ({
	names: names.split(' '),
	words: words.split(' '),
	types
});

const textTypes: readonly QuestionType[] = ['short_text', 'long_text', 'single_choice', 'multiple_choice'];
const yesNo: readonly QuestionType[] = ['yes_no'];
const shortText: readonly QuestionType[] = ['short_text'];

/** Names a question for the field is usually given, words its name may contain, and types it may have. */
const packageHints: Record<PackageField, Hint> = {
	title: hint(
		'title package_title training_title package_name training_name course_title',
		'title',
		textTypes
	),
	provider: hint(
		'provider package_provider organiser organizer developed_by',
		'provider organiser organizer developer',
		textTypes
	),
	link: hint('link url website package_link package_url', 'link url website'),
	languages: hint('languages language package_languages', 'language'),
	durationHours: hint('duration duration_hours hours', 'duration hours'),
	format: hint('format delivery delivery_mode mode', 'format delivery'),
	topics: hint('topics topic themes subjects', 'topic theme subject'),
	audiences: hint('audiences audience target_group target_groups', 'audience target')
};

const expertHints: Record<ExpertField, Hint> = {
	consent: hint('consent contact_consent consent_contact', 'consent agree', yesNo),
	fullName: hint(
		'name full_name fullname expert_name contact_name respondent_name',
		'full_name expert_name contact_name',
		shortText
	),
	email: hint('email e_mail contact_email expert_email', 'email mail', ['email', 'short_text']),
	organisation: hint(
		'organisation organization institution employer',
		'organisation organization institution',
		textTypes
	),
	country: hint('country country_code', 'country', ['country', 'short_text', 'single_choice']),
	profession: hint('profession occupation', 'profession occupation'),
	languages: hint('languages language expert_languages', 'language'),
	expertise: hint('expertise areas_of_expertise expertise_areas', 'expertise')
};

/** How likely a question holds a field: 3 by its usual name, 2 by a word in its name, 0 not. */
function likelihood(question: Question, hint: Hint): number {
	if (hint.types && !hint.types.includes(question.type)) return 0;
	const name = question.name.toLowerCase();
	if (hint.names.includes(name)) return 3;
	if (hint.words.some((word) => name.includes(word))) return 2;
	return 0;
}

function guess<F extends string>(questions: Question[], hints: Record<F, Hint>): Partial<Record<F, string>> {
	const picked: Partial<Record<F, string>> = {};
	for (const field of Object.keys(hints) as F[]) {
		let best: { name: string; score: number } | undefined;
		for (const question of questions) {
			const score = likelihood(question, hints[field]);
			if (score > 0 && (!best || score > best.score)) best = { name: question.name, score };
		}
		if (best) picked[field] = best.name;
	}
	return picked;
}

/** The question most likely to hold each field of a package (fields without one are left out). */
export const guessPackageQuestions = (questions: Question[]) => guess(questions, packageHints);

/** The question most likely to hold each field of an expert's record. */
export const guessExpertQuestions = (questions: Question[]) => guess(questions, expertHints);

/**
 * An answer as text: choices by their English label (the inventory is kept in one language),
 * several values joined by commas; undefined when unanswered.
 */
export function answerText(
	question: Question | undefined,
	answer: AnswerValue | undefined
): string | undefined {
	if (answer === undefined || answer === null) return undefined;
	const label = (value: string) =>
		question?.choices.find((choice) => choice.value === value)?.label.en ?? value;
	if (typeof answer === 'number') return String(answer);
	if (typeof answer === 'string') return answer.trim() ? label(answer.trim()) : undefined;
	if (Array.isArray(answer)) return answer.length > 0 ? answer.map(label).join(', ') : undefined;
	return Object.values(answer).join(', ') || undefined;
}

/** The separate values of an answer: list items, or the parts of a text split at commas and the like. */
function partsOf(answer: AnswerValue | undefined): string[] {
	if (answer === undefined || answer === null) return [];
	const values = Array.isArray(answer)
		? answer
		: typeof answer === 'object'
			? Object.values(answer)
			: [String(answer)];
	return values
		.flatMap((value) => value.split(/[,;/\n]|\band\b|\bet\b/))
		.map((value) => value.trim())
		.filter(Boolean);
}

const languageByName = (() => {
	const names = new Map<string, string>();
	for (const reader of ['en', 'fr']) {
		const display = new Intl.DisplayNames([reader], { type: 'language', fallback: 'none' });
		for (const code of languageCodes) {
			const name = display.of(code);
			if (name) names.set(name.toLowerCase(), code);
		}
	}
	return names;
})();

/** ISO 639-1 codes in an answer, written as codes ("en") or names in English or French ("French", "arabe"). */
export function languagesIn(answer: AnswerValue | undefined): string[] {
	const codes = new Set<string>();
	for (const part of partsOf(answer)) {
		const lower = part.toLowerCase();
		const code = languageCodes.has(lower) ? lower : languageByName.get(lower);
		if (code) codes.add(code);
	}
	return [...codes].sort();
}

/** A whole number of hours from "12", "12 hours" or "1.5 h" (rounded); undefined when there is none. */
export function hoursIn(answer: AnswerValue | undefined): number | undefined {
	const text = typeof answer === 'number' ? String(answer) : typeof answer === 'string' ? answer : '';
	const match = /\d+(?:[.,]\d+)?/.exec(text);
	if (!match) return undefined;
	const hours = Math.round(Number(match[0].replace(',', '.')));
	return hours > 0 ? hours : undefined;
}

/** The format an answer names: "e-learning" is online, "hybrid" blended, "in person" face to face. */
export function formatIn(answer: AnswerValue | undefined): PackageFormat | undefined {
	const text = partsOf(answer)
		.join(' ')
		.toLowerCase()
		.replace(/[-\s]+/g, '_');
	if (!text) return undefined;
	const named = packageFormatValues.find((format) => text === format);
	if (named) return named;
	// A mix is named by its parts ("online and classroom"): look for it first.
	if (/blend|hybrid/.test(text)) return 'blended';
	if (/online|e_?learning|virtual|web/.test(text)) return 'online';
	if (/self/.test(text)) return 'self_study';
	if (/face|person|classroom|presential/.test(text)) return 'face_to_face';
	return undefined;
}

/** The values of a closed list an answer names, as values ("mental_health") or as words ("Mental health"). */
function valuesIn<V extends string>(answer: AnswerValue | undefined, values: readonly V[]): V[] {
	const found = new Set<V>();
	for (const part of partsOf(answer)) {
		const value = part.toLowerCase().replace(/[-\s]+/g, '_');
		if ((values as readonly string[]).includes(value)) found.add(value as V);
	}
	return [...found].sort();
}

export const topicsIn = (answer: AnswerValue | undefined) => valuesIn(answer, expertiseValues);
export const audiencesIn = (answer: AnswerValue | undefined) => valuesIn(answer, audienceValues);
export const professionIn = (answer: AnswerValue | undefined) => valuesIn(answer, professionValues)[0];

/** A package form's fields, filled from the answers of the chosen questions. */
export function packageDraft(
	questions: Question[],
	answers: Answers,
	chosen: Partial<Record<PackageField, string>>
): Record<string, unknown> {
	const question = (field: PackageField) => questions.find((q) => q.name === chosen[field]);
	const answer = (field: PackageField) => (chosen[field] ? answers[chosen[field]] : undefined);
	return {
		title: answerText(question('title'), answer('title')) ?? '',
		provider: answerText(question('provider'), answer('provider')) ?? '',
		link: answerText(question('link'), answer('link')) ?? '',
		languages: languagesIn(answer('languages')),
		durationHours: hoursIn(answer('durationHours'))?.toString() ?? '',
		format: formatIn(answer('format')) ?? '',
		topics: topicsIn(answer('topics')),
		audiences: audiencesIn(answer('audiences'))
	};
}

export type ExpertDraft = {
	consentQuestion: string;
	fullName: string;
	email: string;
	/** The answer's text: the page looks it up among the directory's organisations. */
	organisation: string;
	countryCodes: string[];
	profession: string;
	languages: string[];
	expertise: string[];
};

/**
 * An expert form's fields, filled from the answers of the chosen questions; the organisation is
 * the answer's text (the page looks it up in the directory), the country the response's when no
 * question holds it.
 */
export function expertDraft(
	questions: Question[],
	answers: Answers,
	chosen: Partial<Record<ExpertField, string>>,
	responseCountry: string | null
): ExpertDraft {
	const question = (field: ExpertField) => questions.find((q) => q.name === chosen[field]);
	const answer = (field: ExpertField) => (chosen[field] ? answers[chosen[field]] : undefined);
	const country = answer('country');
	const countryCode =
		typeof country === 'string' && /^[A-Za-z]{2}$/.test(country.trim())
			? country.trim().toUpperCase()
			: responseCountry;
	return {
		consentQuestion: chosen.consent ?? '',
		fullName: answerText(question('fullName'), answer('fullName')) ?? '',
		email: answerText(question('email'), answer('email')) ?? '',
		organisation: answerText(question('organisation'), answer('organisation')) ?? '',
		countryCodes: countryCode ? [countryCode] : [],
		profession: professionIn(answer('profession')) ?? '',
		languages: languagesIn(answer('languages')),
		expertise: topicsIn(answer('expertise'))
	};
}

/** Whether the response answered yes to the consent question. */
export const consented = (answers: Answers, consentQuestion: string): boolean =>
	answers[consentQuestion] === 'yes';
