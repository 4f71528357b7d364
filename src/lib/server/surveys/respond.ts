// Answering a survey through a link: the public link, a personal invitation, or the resume link an
// anonymous respondent is given when they save to finish later. The link is the capability; no
// account is involved. A submit is two statements and no transaction: read what the token opens,
// then one write that is atomic by itself and whose own WHERE checks, against the database's clock,
// that the survey is open (BEGIN and COMMIT would be two more round trips for nothing).
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { validateAnswers } from '../../surveys/answers.js';
import { questionsOf, type Answers, type SurveyDefinition } from '../../surveys/definition.js';
import type { ResponseStatus } from '../../surveys/status.js';
import type { ContentLocale, Localized } from '../../i18n/localized.js';
import type { InterfaceLocale } from '../../i18n/content-languages.js';
import { preparedSql } from '../db/prepared.js';
import { survey, surveyInvitation, surveyResponse } from '../db/schema/surveys.js';
import { DomainError } from '../errors.js';
import { newLinkToken } from './distribution.js';

type TokenKind = 'public' | 'invitation' | 'resume';

type Opened = {
	kind: TokenKind;
	surveyId: string;
	title: Localized;
	introduction: Localized | null;
	languages: ContentLocale[];
	wordsFallback: InterfaceLocale;
	definition: SurveyDefinition;
	opensAt: Date | null;
	closesAt: Date | null;
	isOpen: boolean;
	isClosed: boolean;
	invitationId: string | null;
	invitationCountry: string | null;
	invitationLanguage: string | null;
	responseId: string | null;
	responseStatus: ResponseStatus | null;
	answers: Answers | null;
	responseLanguage: string | null;
	resumeToken: string | null;
	/** A response this submission key already made (a second press of the same button). */
	keyedId: string | null;
	keyedStatus: ResponseStatus | null;
	keyedResumeToken: string | null;
};

/** A token looks like one of ours: refused before any query (URL-safe base64 of 32 bytes). */
const tokenShape = /^[A-Za-z0-9_-]{43}$/;

const lookUpToken = preparedSql<Record<string, unknown>>(
	sql`
		with found as (
			select 'public' as kind, ${survey.id} as survey_id, null::uuid as invitation_id, null::uuid as response_id
			from ${survey} where ${survey.publicToken} = ${sql.placeholder('token')}
			union all
			select 'invitation', ${surveyInvitation.surveyId}, ${surveyInvitation.id}, null
			from ${surveyInvitation} where ${surveyInvitation.token} = ${sql.placeholder('token')}
			union all
			select 'resume', ${surveyResponse.surveyId}, ${surveyResponse.invitationId}, ${surveyResponse.id}
			from ${surveyResponse} where ${surveyResponse.resumeToken} = ${sql.placeholder('token')}
		)
		select found.kind, s.id as survey_id, s.title, s.introduction, s.languages, s.words_fallback, s.definition,
			s.opens_at, s.closes_at,
			coalesce(s.opens_at <= now() and (s.closes_at is null or s.closes_at > now()), false) as is_open,
			coalesce(s.closes_at <= now(), false) as is_closed,
			i.id as invitation_id, i.country_code as invitation_country, i.language as invitation_language,
			r.id as response_id, r.status as response_status, r.answers, r.language as response_language,
			r.resume_token,
			k.id as keyed_id, k.status as keyed_status, k.resume_token as keyed_resume_token
		from found
		join survey s on s.id = found.survey_id and s.archived_at is null
		left join survey_invitation i on i.id = found.invitation_id
		left join survey_response r on r.id = coalesce(found.response_id,
			(select x.id from survey_response x where x.invitation_id = found.invitation_id))
		left join survey_response k on k.submission_key = ${sql.placeholder('submissionKey')}::uuid and k.survey_id = s.id
			and (k.id = r.id or (found.kind = 'public' and k.invitation_id is null))
		limit 1`
);

/**
 * What a token opens, in one statement: the survey, whether it takes answers now (by the
 * database's clock), the invitation, the response it resumes, and any response already made with
 * `submissionKey`. Public tokens, invitation tokens and resume tokens share the one link form.
 * A key counts only for what the same link opens (its invitation's or resumed response; from the
 * public link, an anonymous response that link's form made): someone who learnt another
 * respondent's key cannot, through another link, save over their answers or get their resume link.
 */
async function lookUp(token: string, submissionKey?: string): Promise<Opened> {
	if (!tokenShape.test(token)) throw new DomainError('not_found', 'no such survey link');
	const rows = await lookUpToken({ token, submissionKey: submissionKey ?? null });
	const [row] = rows;
	if (!row) throw new DomainError('not_found', 'no such survey link');
	const date = (value: unknown) => (value == null ? null : new Date(value as string));
	return {
		kind: row.kind as TokenKind,
		surveyId: row.survey_id as string,
		title: row.title as Localized,
		introduction: (row.introduction as Localized | null) ?? null,
		languages: row.languages as ContentLocale[],
		wordsFallback: row.words_fallback as InterfaceLocale,
		definition: row.definition as SurveyDefinition,
		opensAt: date(row.opens_at),
		closesAt: date(row.closes_at),
		isOpen: row.is_open as boolean,
		isClosed: row.is_closed as boolean,
		invitationId: (row.invitation_id as string | null) ?? null,
		invitationCountry: (row.invitation_country as string | null)?.trim() ?? null,
		invitationLanguage: (row.invitation_language as string | null) ?? null,
		responseId: (row.response_id as string | null) ?? null,
		responseStatus: (row.response_status as Opened['responseStatus']) ?? null,
		answers: (row.answers as Answers | null) ?? null,
		responseLanguage: (row.response_language as string | null) ?? null,
		resumeToken: (row.resume_token as string | null) ?? null,
		keyedId: (row.keyed_id as string | null) ?? null,
		keyedStatus: (row.keyed_status as Opened['keyedStatus']) ?? null,
		keyedResumeToken: (row.keyed_resume_token as string | null) ?? null
	};
}

export type QuestionnaireSurvey = {
	id: string;
	title: Localized;
	introduction: Localized | null;
	languages: ContentLocale[];
	/** The interface language whose words respondents read when MHub has none in theirs. */
	wordsFallback: InterfaceLocale;
	definition: SurveyDefinition;
	opensAt: Date | null;
	closesAt: Date | null;
};

/** What a link shows: the questionnaire (with the answers saved so far), or why it cannot be answered. */
export type OpenedQuestionnaire =
	| {
			state: 'open';
			survey: QuestionnaireSurvey;
			answers: Answers;
			/** The language the respondent chose before (or was invited in). */
			language: ContentLocale | null;
			/** A new key for this showing of the form: a second press of its button is the same answer. */
			submissionKey: string;
			/** An invitation's own link resumes it; anonymous respondents keep a resume link. */
			isInvitation: boolean;
	  }
	| { state: 'not_yet_open' | 'closed' | 'complete'; survey: QuestionnaireSurvey };

function surveyOf(opened: Opened): QuestionnaireSurvey {
	return {
		id: opened.surveyId,
		title: opened.title,
		introduction: opened.introduction,
		languages: opened.languages,
		wordsFallback: opened.wordsFallback,
		definition: opened.definition,
		opensAt: opened.opensAt,
		closesAt: opened.closesAt
	};
}

const stateOf = (opened: Opened): 'open' | 'not_yet_open' | 'closed' | 'complete' => {
	if (opened.responseStatus === 'complete') return 'complete';
	if (opened.isOpen) return 'open';
	return opened.isClosed ? 'closed' : 'not_yet_open';
};

const languageOf = (opened: Opened, wanted?: string | null): ContentLocale | null => {
	for (const candidate of [wanted, opened.responseLanguage, opened.invitationLanguage])
		if (candidate && (opened.languages as string[]).includes(candidate)) return candidate as ContentLocale;
	return null;
};

/** Opens a link: an unknown token is not found; a complete invitation or resume link is answered. */
export async function openQuestionnaire(token: string): Promise<OpenedQuestionnaire> {
	const opened = await lookUp(token);
	const state = stateOf(opened);
	if (state !== 'open') return { state, survey: surveyOf(opened) };
	return {
		state,
		survey: surveyOf(opened),
		answers: opened.answers ?? {},
		language: languageOf(opened),
		submissionKey: randomUUID(),
		isInvitation: opened.invitationId !== null
	};
}

export type SaveResult =
	| { ok: true; status: ResponseStatus; resumeToken: string | null; duplicate: boolean }
	| { ok: false; reason: 'invalid'; errors: Record<string, string[]>; answers: Answers }
	| { ok: false; reason: 'not_yet_open' | 'closed' };

const uuidShape = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Saves a respondent's answers: validated as the form validates them, and with any problem nothing
 * is saved and the problems come back. `complete` submits (status complete, time of submission);
 * otherwise the answers are kept to finish later and an anonymous respondent gets a resume token.
 * A second submission (same key, or an invitation already complete) makes no second response: it
 * returns what the first one did.
 */
export async function saveResponse(
	token: string,
	input: {
		/** The answers, or how to read them once the definition is known (a form's fields). */
		answers: Answers | ((definition: SurveyDefinition) => Answers);
		language?: string | null;
		submissionKey: string;
		complete: boolean;
	}
): Promise<SaveResult> {
	if (!uuidShape.test(input.submissionKey))
		throw new DomainError('invalid', 'no submission key', { fields: { _: ['invalid_form'] } });
	const opened = await lookUp(token, input.submissionKey);
	if (opened.keyedStatus === 'complete')
		return { ok: true, status: 'complete', resumeToken: null, duplicate: true } as const;
	if (opened.responseStatus === 'complete')
		return { ok: true, status: 'complete', resumeToken: null, duplicate: true } as const;
	const state = stateOf(opened);
	if (state === 'closed' || state === 'not_yet_open') return { ok: false, reason: state } as const;
	const given = typeof input.answers === 'function' ? input.answers(opened.definition) : input.answers;
	const { answers, errors } = validateAnswers(opened.definition, given, { complete: input.complete });
	if (Object.keys(errors).length > 0)
		return { ok: false, reason: 'invalid', errors, answers: given } as const;

	const countryQuestion = questionsOf(opened.definition).find((question) => question.type === 'country');
	const countryCode =
		opened.invitationCountry ??
		(countryQuestion && typeof answers[countryQuestion.name] === 'string'
			? (answers[countryQuestion.name] as string)
			: null);
	const language = languageOf(opened, input.language) ?? opened.languages[0] ?? 'en';
	const status = input.complete ? 'complete' : 'in_progress';
	// An anonymous respondent who saves gets a link to come back to; an invited one has theirs.
	const existingId = opened.keyedId ?? opened.responseId;
	const resumeToken =
		opened.invitationId || input.complete
			? null
			: ((opened.keyedId ? opened.keyedResumeToken : opened.resumeToken) ?? newLinkToken());
	const write = existingId ? updateResponse : insertResponse;
	const written = await write({
		responseId: existingId,
		surveyId: opened.surveyId,
		invitationId: opened.invitationId,
		resumeToken,
		submissionKey: input.submissionKey,
		status,
		answers: JSON.stringify(answers),
		language,
		countryCode,
		complete: input.complete
	});
	if (written.length === 0) return afterNoWrite(token, input.submissionKey);
	return {
		ok: true,
		status,
		resumeToken: input.complete ? null : written[0].resume_token,
		duplicate: false
	} as const;
}

const surveyIsOpenNow = sql`exists (select 1 from ${survey} where ${survey.id} = ${sql.placeholder('surveyId')}
	and ${survey.opensAt} <= now() and (${survey.closesAt} is null or ${survey.closesAt} > now()))`;

type Written = { resume_token: string | null };

/**
 * Saves over a response in progress (resumed, or the same key again), while the survey is open. The
 * response keeps the key of the public form that made it: a resume form's key never counts on the
 * public link.
 */
const updateResponse = preparedSql<Written>(sql`
	update survey_response set answers = ${sql.placeholder('answers')}::jsonb,
		status = ${sql.placeholder('status')}::survey_response_status,
		language = ${sql.placeholder('language')}, country_code = ${sql.placeholder('countryCode')},
		submitted_at = case when ${sql.placeholder('complete')}::boolean then now() end, updated_at = now(),
		resume_token = coalesce(resume_token, ${sql.placeholder('resumeToken')})
	where id = ${sql.placeholder('responseId')}::uuid and status = 'in_progress' and ${surveyIsOpenNow}
	returning resume_token`);

/**
 * A first response, while the survey is open. Two first submissions racing on one invitation or
 * one key: the unique keys let one in.
 */
const insertResponse = preparedSql<Written>(sql`
	insert into survey_response (survey_id, invitation_id, resume_token, submission_key, status,
		answers, language, country_code, submitted_at)
	select ${sql.placeholder('surveyId')}::uuid, ${sql.placeholder('invitationId')}::uuid,
		${sql.placeholder('resumeToken')}, ${sql.placeholder('submissionKey')}::uuid,
		${sql.placeholder('status')}::survey_response_status, ${sql.placeholder('answers')}::jsonb,
		${sql.placeholder('language')}, ${sql.placeholder('countryCode')},
		case when ${sql.placeholder('complete')}::boolean then now() end
	where ${surveyIsOpenNow}
	on conflict do nothing
	returning resume_token`);

/**
 * The write changed nothing: the survey closed meanwhile, or a twin submission got there first.
 * Reads again and answers as the first submission did.
 */
async function afterNoWrite(token: string, submissionKey: string): Promise<SaveResult> {
	const again = await lookUp(token, submissionKey);
	if (again.keyedStatus || again.responseStatus === 'complete')
		return {
			ok: true,
			status: again.keyedStatus ?? 'complete',
			resumeToken: again.keyedStatus === 'in_progress' ? again.keyedResumeToken : null,
			duplicate: true
		};
	const state = stateOf(again);
	return { ok: false, reason: state === 'open' || state === 'complete' ? 'closed' : state };
}
