import { timeZoneChoices, wallTime } from '#lib/events/time-zone.js';
import { languageNames } from '#lib/i18n/content-languages.js';
import { getLocale } from '#lib/paraglide/runtime.js';
import {
	addInvitations,
	closeSurveyNow,
	listInvitations,
	openSurveyNow,
	questionnairePath,
	sendInvitations,
	setPublicLink,
	setSchedule
} from '#lib/server/surveys/distribution.js';
import { getSurvey } from '#lib/server/surveys/surveys.js';
import { attempt, formValues } from '#lib/server/web/forms.js';
import { absoluteLink } from '#lib/server/web/links.js';
import { invitationMail } from './invitation-mail.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const [survey, invitations] = await Promise.all([
		getSurvey(locals.actor, params.id),
		listInvitations(locals.actor, params.id)
	]);
	const zone = survey.timeZone;
	return {
		survey: {
			id: survey.id,
			title: survey.title,
			status: survey.status,
			languages: survey.languages,
			timeZone: zone,
			opensAt: survey.opensAt ? wallTime(survey.opensAt, zone) : '',
			closesAt: survey.closesAt ? wallTime(survey.closesAt, zone) : ''
		},
		languageNames: languageNames(survey.languages, getLocale()),
		timeZones: timeZoneChoices(),
		publicLink: survey.publicToken ? absoluteLink(questionnairePath(survey.publicToken)) : null,
		invitations: invitations.map((invitation) => ({
			...invitation,
			link: absoluteLink(questionnairePath(invitation.token))
		}))
	};
};

export const actions: Actions = {
	schedule: async ({ locals, params, request }) => {
		const values = formValues(await request.formData());
		const result = await attempt(values, () => setSchedule(locals.actor, params.id, values));
		return result.ok ? { done: 'schedule' } : result.failure;
	},
	openNow: async ({ locals, params }) => {
		const result = await attempt({}, () => openSurveyNow(locals.actor, params.id));
		return result.ok ? { done: 'open' } : result.failure;
	},
	closeNow: async ({ locals, params }) => {
		const result = await attempt({}, () => closeSurveyNow(locals.actor, params.id));
		return result.ok ? { done: 'close' } : result.failure;
	},
	publicLink: async ({ locals, params, request }) => {
		const on = (await request.formData()).get('on') === 'yes';
		const result = await attempt({}, () => setPublicLink(locals.actor, params.id, on));
		return result.ok ? { done: 'link' } : result.failure;
	},
	invite: async ({ locals, params, request }) => {
		const values = formValues(await request.formData());
		const result = await attempt(values, () =>
			addInvitations(locals.actor, params.id, {
				invitations: String(values.invitations ?? ''),
				language: String(values.language ?? '')
			})
		);
		return result.ok ? { done: 'invite', ...result.value } : result.failure;
	},
	send: async ({ locals, params, request }) => {
		const which = (await request.formData()).get('which') === 'not_complete' ? 'not_complete' : 'unsent';
		const result = await attempt({}, async () => {
			const survey = await getSurvey(locals.actor, params.id);
			return sendInvitations(locals.actor, params.id, invitationMail(survey, absoluteLink), which);
		});
		return result.ok ? { done: 'send', sent: result.value.sent } : result.failure;
	}
};
