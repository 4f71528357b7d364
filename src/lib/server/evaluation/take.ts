// A participant answers the tests and questionnaires of their event through their personal link
// (`/t/<token>`, no account needed): the link lists the phases; each phase is a questionnaire, a
// test scored as it is submitted. A submit is two statements (three when the instrument was just
// changed and is frozen into a new version): read what the link opens, then one write whose own
// WHERE checks, on the database's clock, that the phase is open.
import { randomUUID } from 'node:crypto';
import { sql, type SQLWrapper } from 'drizzle-orm';
import { scoreAnswers } from '../../evaluation/scoring.js';
import type { Phase } from '../../evaluation/values.js';
import type { InterfaceLocale } from '../../i18n/content-languages.js';
import type { ContentLocale, Localized } from '../../i18n/localized.js';
import { validateAnswers } from '../../surveys/answers.js';
import type { Answers, SurveyDefinition } from '../../surveys/definition.js';
import { preparedSql } from '../db/prepared.js';
import { DomainError } from '../errors.js';
import { phaseOrder } from './plan.js';
import { passes, versionOf } from './record.js';

/** A failed post-test may be taken again while it is open, up to this many attempts in all. */
export const maxPostTestAttempts = 3;

/** A token looks like one of ours: refused before any query (URL-safe base64 of 32 bytes). */
const tokenShape = /^[A-Za-z0-9_-]{43}$/;
const uuidShape = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type Attempt = {
	attempt: number;
	score: number | null;
	maxScore: number | null;
	passed: boolean | null;
};

/** Where a person stands in one phase. */
export type PhaseState = 'not_yet_open' | 'open' | 'retake' | 'done' | 'closed';

export type PersonalPhase = {
	id: string;
	phase: Phase;
	offsetDays: number;
	title: Localized;
	opensAt: Date;
	closesAt: Date;
	passMarkPercent: number | null;
	anonymous: boolean;
	state: PhaseState;
	attempts: Attempt[];
	hasDraft: boolean;
};

export type ModuleResult = { phase: Phase; module: string; score: number; maxScore: number };

export type PersonalEvaluation = {
	fullName: string;
	/** The participant's own language (their registration's), when the event is held in it. */
	language: ContentLocale | null;
	event: {
		id: string;
		title: Localized;
		languages: ContentLocale[];
		startsOn: string;
		endsOn: string;
		timeZone: string;
	};
	phases: PersonalPhase[];
	/** Per module, before and after: shown once the post-test has closed. */
	modules: ModuleResult[];
};

function stateOf(row: {
	phase: Phase;
	isOpen: boolean;
	isClosed: boolean;
	attempts: Attempt[];
	receipted: boolean;
}): PhaseState {
	const answered = row.attempts.length > 0 || row.receipted;
	const passed = row.attempts.some((attempt) => attempt.passed !== false);
	if (!answered) return row.isOpen ? 'open' : row.isClosed ? 'closed' : 'not_yet_open';
	if (row.phase === 'post' && row.isOpen && !passed && row.attempts.length < maxPostTestAttempts)
		return 'retake';
	return 'done';
}

const lookUpLink = preparedSql<{
	registrationId: string;
	fullName: string;
	locale: string;
	eventId: string;
	title: Localized;
	languages: ContentLocale[];
	startsOn: string;
	endsOn: string;
	timeZone: string;
}>(sql`
	select r.id as "registrationId", r.full_name as "fullName", r.locale, e.id as "eventId", e.title,
		e.languages, e.starts_on::text as "startsOn", e.ends_on::text as "endsOn", e.time_zone as "timeZone"
	from evaluation_link l
	join registration r on r.id = l.registration_id and r.status = 'confirmed'
	join event e on e.id = r.event_id and e.archived_at is null
	where l.token = ${sql.placeholder('token')}`);

const personalPhases = preparedSql<
	Omit<PersonalPhase, 'state' | 'attempts'> & {
		isOpen: boolean;
		isClosed: boolean;
		attempts: Attempt[] | null;
		receipted: boolean;
	}
>(sql`
	select p.id, p.phase, p.offset_days as "offsetDays", s.title, p.opens_at as "opensAt",
		p.closes_at as "closesAt", p.pass_mark_percent as "passMarkPercent", p.anonymous,
		now() >= p.opens_at and now() < p.closes_at as "isOpen", now() >= p.closes_at as "isClosed",
		(select json_agg(json_build_object('attempt', x.attempt, 'score', x.score, 'maxScore', x.max_score,
			'passed', x.passed) order by x.attempt)
			from evaluation_submission x where x.phase_id = p.id and x.registration_id = ${sql.placeholder('registrationId')}::uuid) as attempts,
		exists (select 1 from evaluation_receipt c where c.phase_id = p.id
			and c.registration_id = ${sql.placeholder('registrationId')}::uuid) as receipted,
		exists (select 1 from evaluation_draft d where d.phase_id = p.id
			and d.registration_id = ${sql.placeholder('registrationId')}::uuid) as "hasDraft"
	from evaluation_phase p join survey s on s.id = p.survey_id
	where p.event_id = ${sql.placeholder('eventId')}::uuid
	order by ${phaseOrder(sql.raw('p.phase'))}, p.offset_days`);

/**
 * The submission that counts for a person in each test before and after the training: the attempt
 * that passed, else the last (the personal page and the home page show the same one).
 */
export const countedAttempts = (registrationId: SQLWrapper) => sql`
	select distinct on (x.phase_id) x.id, x.score, x.max_score, p.phase
	from evaluation_submission x join evaluation_phase p on p.id = x.phase_id
	where x.registration_id = ${registrationId} and p.phase in ('pre', 'post')
	order by x.phase_id, coalesce(x.passed, true) desc, x.attempt desc`;

/** Marks per module on the pre-test and the post-test, of the attempts that count. */
const moduleResults = preparedSql<{ phase: Phase; module: string; score: number; maxScore: number }>(sql`
	with chosen as (${countedAttempts(sql`${sql.placeholder('registrationId')}::uuid`)})
	select chosen.phase, i.module, sum(i.earned)::float8 as score, sum(i.marks)::float8 as "maxScore"
	from chosen join evaluation_item i on i.submission_id = chosen.id
	where i.module is not null
	group by chosen.phase, i.module
	order by i.module, chosen.phase`);

async function linkOf(token: string) {
	if (!tokenShape.test(token)) throw new DomainError('not_found', 'no such link');
	const [link] = await lookUpLink({ token });
	if (!link) throw new DomainError('not_found', 'no such link');
	return link;
}

/** What a personal link opens: the person's event and each phase of its plan, where they stand. */
export async function openPersonalEvaluation(token: string): Promise<PersonalEvaluation> {
	const link = await linkOf(token);
	const rows = await personalPhases({ registrationId: link.registrationId, eventId: link.eventId });
	const phases = rows.map(({ isOpen, isClosed, receipted, ...row }) => {
		const attempts = row.attempts ?? [];
		return { ...row, attempts, state: stateOf({ ...row, attempts, isOpen, isClosed, receipted }) };
	});
	const post = rows.find((row) => row.phase === 'post');
	const modules = post?.isClosed ? await moduleResults({ registrationId: link.registrationId }) : [];
	const { registrationId: _, fullName, locale, eventId, ...event } = link;
	const language = (event.languages as string[]).includes(locale) ? (locale as ContentLocale) : null;
	return { fullName, language, event: { id: eventId, ...event }, phases, modules };
}

type OpenedPhase = {
	registrationId: string;
	countryCode: string;
	profession: string;
	eventId: string;
	phaseId: string;
	phase: Phase;
	anonymous: boolean;
	passMarkPercent: number | null;
	isOpen: boolean;
	isClosed: boolean;
	surveyId: string;
	title: Localized;
	introduction: Localized | null;
	languages: ContentLocale[];
	wordsFallback: InterfaceLocale;
	definition: SurveyDefinition;
	versionId: string | null;
	attempts: Attempt[] | null;
	receipted: boolean;
	keyedId: string | null;
	draft: Answers | null;
	draftLanguage: string | null;
	locale: string;
};

const lookUpPhase = preparedSql<OpenedPhase>(sql`
	select r.id as "registrationId", r.country_code as "countryCode", r.profession, r.locale,
		r.event_id as "eventId", p.id as "phaseId", p.phase, p.anonymous, p.pass_mark_percent as "passMarkPercent",
		now() >= p.opens_at and now() < p.closes_at as "isOpen", now() >= p.closes_at as "isClosed",
		s.id as "surveyId", s.title, s.introduction, s.languages, s.words_fallback as "wordsFallback", s.definition,
		(select v.id from instrument_version v where v.survey_id = s.id and v.digest = md5(s.definition::text)) as "versionId",
		(select json_agg(json_build_object('attempt', x.attempt, 'score', x.score, 'maxScore', x.max_score,
			'passed', x.passed) order by x.attempt)
			from evaluation_submission x where x.phase_id = p.id and x.registration_id = r.id) as attempts,
		exists (select 1 from evaluation_receipt c where c.phase_id = p.id and c.registration_id = r.id) as receipted,
		(select x.id from evaluation_submission x where x.phase_id = p.id
			and x.submission_key = ${sql.placeholder('submissionKey')}::uuid) as "keyedId",
		d.answers as draft, d.language as "draftLanguage"
	from evaluation_link l
	join registration r on r.id = l.registration_id and r.status = 'confirmed'
	join evaluation_phase p on p.event_id = r.event_id and p.id = ${sql.placeholder('phaseId')}::uuid
	join survey s on s.id = p.survey_id and s.archived_at is null
	left join evaluation_draft d on d.phase_id = p.id and d.registration_id = r.id
	where l.token = ${sql.placeholder('token')}`);

async function lookUp(token: string, phaseId: string, submissionKey: string | null): Promise<OpenedPhase> {
	if (!tokenShape.test(token) || !uuidShape.test(phaseId)) throw new DomainError('not_found', 'no such link');
	const [row] = await lookUpPhase({ token, phaseId, submissionKey });
	if (!row) throw new DomainError('not_found', 'no such link');
	return row;
}

const phaseStateOf = (row: OpenedPhase) => stateOf({ ...row, attempts: row.attempts ?? [] });

export type OpenedInstrument = {
	phaseId: string;
	phase: Phase;
	state: PhaseState;
	anonymous: boolean;
	title: Localized;
	introduction: Localized | null;
	languages: ContentLocale[];
	wordsFallback: InterfaceLocale;
	/** Empty unless the person may answer now. */
	definition: SurveyDefinition;
	answers: Answers;
	language: ContentLocale | null;
	submissionKey: string;
	attempts: Attempt[];
};

const canAnswer = (state: PhaseState) => state === 'open' || state === 'retake';

/** One phase's questionnaire for the person, with the answers they saved to finish later. */
export async function openInstrument(token: string, phaseId: string): Promise<OpenedInstrument> {
	const row = await lookUp(token, phaseId, null);
	const state = phaseStateOf(row);
	const language =
		[row.draftLanguage, row.locale].find(
			(candidate): candidate is ContentLocale =>
				!!candidate && (row.languages as string[]).includes(candidate)
		) ?? null;
	return {
		phaseId: row.phaseId,
		phase: row.phase,
		state,
		anonymous: row.anonymous,
		title: row.title,
		introduction: row.introduction,
		languages: row.languages,
		wordsFallback: row.wordsFallback,
		definition: canAnswer(state) ? row.definition : { sections: [] },
		answers: canAnswer(state) ? (row.draft ?? {}) : {},
		language,
		submissionKey: randomUUID(),
		attempts: row.attempts ?? []
	};
}

export type SubmitResult =
	| { ok: true; duplicate: boolean; attempt: Attempt | null }
	| { ok: false; reason: 'invalid'; errors: Record<string, string[]>; answers: Answers }
	| { ok: false; reason: 'not_yet_open' | 'closed' | 'done' };

const versionFor = (row: OpenedPhase) => row.versionId ?? versionOf(row.surveyId, row.definition);

/**
 * Stores one submission with its marks per item, while the phase is open; an anonymous phase keeps
 * a receipt of who answered, apart from what they answered, and takes one answer each.
 */
const insertSubmission = preparedSql<{ id: string }>(sql`
	with open_phase as (
		select p.id, p.event_id from evaluation_phase p
		where p.id = ${sql.placeholder('phaseId')}::uuid and now() >= p.opens_at and now() < p.closes_at),
	receipt as (
		insert into evaluation_receipt (phase_id, registration_id)
		select open_phase.id, ${sql.placeholder('registrationId')}::uuid from open_phase
		where ${sql.placeholder('anonymous')}::boolean
		on conflict do nothing
		returning 1),
	made as (
		insert into evaluation_submission (phase_id, event_id, registration_id, attempt, version_id, score,
			max_score, passed, country_code, profession, source, submission_key, answers, language)
		select open_phase.id, open_phase.event_id,
			case when ${sql.placeholder('anonymous')}::boolean then null else ${sql.placeholder('registrationId')}::uuid end,
			${sql.placeholder('attempt')}::smallint, ${sql.placeholder('versionId')}::uuid,
			${sql.placeholder('score')}::numeric, ${sql.placeholder('maxScore')}::numeric,
			${sql.placeholder('passed')}::boolean, ${sql.placeholder('countryCode')}, ${sql.placeholder('profession')}::profession,
			'web', ${sql.placeholder('submissionKey')}::uuid, ${sql.placeholder('answers')}::jsonb,
			${sql.placeholder('language')}
		from open_phase
		where not ${sql.placeholder('anonymous')}::boolean or exists (select 1 from receipt)
		on conflict do nothing
		returning id),
	items as (
		insert into evaluation_item (submission_id, item, module, marks, earned)
		select made.id, x.item, x.module, x.marks, x.earned
		from made cross join jsonb_to_recordset(${sql.placeholder('items')}::jsonb)
			as x(item text, module text, marks numeric, earned numeric)),
	drafted as (
		delete from evaluation_draft d using made
		where d.phase_id = ${sql.placeholder('phaseId')}::uuid and d.registration_id = ${sql.placeholder('registrationId')}::uuid)
	select id from made`);

/**
 * Submits a person's answers to one phase: validated as the form validates them (any problem: nothing
 * is stored and the problems come back), scored, stored once per attempt. A second press of the
 * same button (same key) is the same submission.
 */
export async function submitInstrument(
	token: string,
	phaseId: string,
	input: {
		answers: Answers | ((definition: SurveyDefinition) => Answers);
		language?: string | null;
		submissionKey: string;
	}
): Promise<SubmitResult> {
	if (!uuidShape.test(input.submissionKey))
		throw new DomainError('invalid', 'no submission key', { fields: { _: ['invalid_form'] } });
	const row = await lookUp(token, phaseId, input.submissionKey);
	const attempts = row.attempts ?? [];
	if (row.keyedId) return { ok: true, duplicate: true, attempt: attempts.at(-1) ?? null };
	const state = phaseStateOf(row);
	if (state !== 'open' && state !== 'retake') return { ok: false, reason: state };
	const given = typeof input.answers === 'function' ? input.answers(row.definition) : input.answers;
	const { answers, errors } = validateAnswers(row.definition, given, { complete: true });
	if (Object.keys(errors).length > 0) return { ok: false, reason: 'invalid', errors, answers: given };

	const scored = scoreAnswers(row.definition, answers);
	const isScored = scored.items.length > 0;
	const attempt: Attempt = {
		attempt: attempts.length + 1,
		score: isScored ? scored.score : null,
		maxScore: isScored ? scored.maxScore : null,
		passed: isScored ? passes(scored.score, scored.maxScore, row.passMarkPercent) : null
	};
	const language = (row.languages as string[]).includes(input.language ?? '')
		? input.language
		: row.languages[0];
	const written = await insertSubmission({
		phaseId: row.phaseId,
		registrationId: row.registrationId,
		anonymous: row.anonymous,
		attempt: attempt.attempt,
		versionId: await versionFor(row),
		score: attempt.score,
		maxScore: attempt.maxScore,
		passed: attempt.passed,
		countryCode: row.countryCode,
		profession: row.profession,
		submissionKey: input.submissionKey,
		answers: JSON.stringify(answers),
		language,
		items: JSON.stringify(
			scored.items.map((item) => ({
				item: item.name,
				module: item.module,
				marks: item.marks,
				earned: item.earned
			}))
		)
	});
	if (written.length > 0) return { ok: true, duplicate: false, attempt: row.anonymous ? null : attempt };
	// Nothing written: the phase closed meanwhile, or a twin submission got there first.
	const again = await lookUp(token, phaseId, input.submissionKey);
	if (again.keyedId || (again.attempts ?? []).length > attempts.length || again.receipted)
		return { ok: true, duplicate: true, attempt: (again.attempts ?? []).at(-1) ?? null };
	const now = phaseStateOf(again);
	return { ok: false, reason: now === 'not_yet_open' ? now : 'closed' };
}

const upsertDraft = preparedSql<{ saved: number }>(sql`
	insert into evaluation_draft (phase_id, registration_id, answers, language)
	select p.id, r.id, ${sql.placeholder('answers')}::jsonb, ${sql.placeholder('language')}
	from evaluation_link l
	join registration r on r.id = l.registration_id and r.status = 'confirmed'
	join evaluation_phase p on p.event_id = r.event_id and p.id = ${sql.placeholder('phaseId')}::uuid
		and now() >= p.opens_at and now() < p.closes_at
	where l.token = ${sql.placeholder('token')}
	on conflict (phase_id, registration_id) do update set answers = excluded.answers,
		language = excluded.language, updated_at = now()
	returning 1 as saved`);

/** Keeps the answers so far to finish later (not validated as complete: blanks are allowed). */
export async function saveDraft(
	token: string,
	phaseId: string,
	input: { answers: Answers | ((definition: SurveyDefinition) => Answers); language?: string | null }
): Promise<
	| { ok: true }
	| { ok: false; reason: 'invalid'; errors: Record<string, string[]>; answers: Answers }
	| { ok: false; reason: 'closed' }
> {
	const row = await lookUp(token, phaseId, null);
	if (!canAnswer(phaseStateOf(row))) return { ok: false, reason: 'closed' };
	const given = typeof input.answers === 'function' ? input.answers(row.definition) : input.answers;
	const { answers, errors } = validateAnswers(row.definition, given, { complete: false });
	if (Object.keys(errors).length > 0) return { ok: false, reason: 'invalid', errors, answers: given };
	const saved = await upsertDraft({
		token,
		phaseId,
		answers: JSON.stringify(answers),
		language: (row.languages as string[]).includes(input.language ?? '') ? input.language : null
	});
	return saved.length > 0 ? { ok: true } : { ok: false, reason: 'closed' };
}
