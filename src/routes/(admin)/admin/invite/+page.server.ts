import { getLocale } from '#lib/paraglide/runtime.js';
import * as m from '#lib/paraglide/messages.js';
import { grantInput } from '#lib/auth/grant-form.js';
import { authorize } from '#lib/server/auth/authorize.js';
import { inviteUser } from '#lib/server/auth/invitations.js';
import { scopeChoices } from '#lib/server/auth/scope-choices.js';
import { attempt, formValues } from '#lib/server/web/forms.js';
import { absoluteLink } from '#lib/server/web/links.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	authorize(locals.actor, 'manage', 'account');
	return scopeChoices(locals.actor, getLocale());
};

export const actions: Actions = {
	default: async ({ locals, request }) => {
		const values = formValues(await request.formData(), ['countryCodes']);
		const result = await attempt(values, () =>
			inviteUser(
				locals.actor,
				grantInput(values),
				(token) => absoluteLink(`/invitation?token=${encodeURIComponent(token)}`),
				({ name, link }) => ({
					subject: m.invitation_mail_subject(),
					text: m.invitation_mail_body({ name, link })
				})
			)
		);
		return result.ok ? { sent: String(values.email).trim() } : result.failure;
	}
};
