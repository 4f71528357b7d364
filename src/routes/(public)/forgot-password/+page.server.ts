import { requestPasswordReset } from '#lib/server/auth/password-reset.js';
import { absoluteLink } from '#lib/server/web/links.js';
import { attempt, formValues } from '#lib/server/web/forms.js';
import * as m from '#lib/paraglide/messages.js';
import type { Actions } from './$types';

export const actions: Actions = {
	default: async ({ request }) => {
		const values = formValues(await request.formData());
		const result = await attempt(values, () =>
			requestPasswordReset(
				values,
				(token) => absoluteLink(`/reset-password?token=${encodeURIComponent(token)}`),
				({ name, link }) => ({ subject: m.reset_mail_subject(), text: m.reset_mail_body({ name, link }) })
			)
		);
		return result.ok ? { sent: true } : result.failure;
	}
};
